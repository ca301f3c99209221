// heapq_merge: 8 sorted LCG-step streams of unequal length merged through
// a binary heap, the merged order folded into a 32-bit hash and the 16
// largest 20-bit scores kept in a bounded min-heap. Hand-written reference
// for bench/py/heapq_merge.py: each stream is a small struct, the merge
// heap holds (value, order) with the stream index, and both heaps are
// std::priority_queue.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <queue>
#include <tuple>
#include <vector>

struct Stream {
    int64_t value;
    int64_t state;
    int64_t remaining;

    // The value after the current one (the generator's loop body).
    void advance() {
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF;
        value += 1 + (state >> 16) % 64;
        --remaining;
    }
};

int main(int argc, char** argv) {
    const int64_t n = argc > 1 ? std::atoll(argv[1]) : 1500000;
    constexpr int64_t kStreams = 8;
    constexpr size_t kKeep = 16;
    const int64_t per = n / kStreams;
    std::vector<Stream> streams;
    // (value, order): equal values leave in stream order, as heapq.merge's.
    using Entry = std::tuple<int64_t, int64_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    for (int64_t k = 0; k < kStreams; ++k) {
        streams.push_back(Stream{k, k * 7919 + 1, per + (k - kStreams / 2) * (per / 16)});
        if (streams.back().remaining > 0) heap.emplace(k, k);
    }
    int64_t count = 0;
    uint64_t h = 0;
    std::priority_queue<int64_t, std::vector<int64_t>, std::greater<int64_t>> best;
    while (!heap.empty()) {
        const auto [value, order] = heap.top();
        heap.pop();
        Stream& s = streams[static_cast<size_t>(order)];
        s.advance();
        if (s.remaining > 0) heap.emplace(s.value, order);
        ++count;
        h = (h * 31 + static_cast<uint64_t>(value)) & 0xFFFFFFFFu;
        const int64_t score = (value * 40503) & 0xFFFFF;
        if (best.size() < kKeep) {
            best.push(score);
        } else if (score > best.top()) {
            best.pop();
            best.push(score);
        }
    }
    int64_t best_sum = 0;
    for (; !best.empty(); best.pop()) best_sum += best.top();
    std::printf("heapq_merge n=%" PRId64 " count=%" PRId64 " checksum=%" PRIu64 " best=%" PRId64 "\n", n, count, h,
                best_sum);
    return 0;
}

// async_await: coroutine awaits, sleep(0) tasks and an async generator
// pipeline. Hand-written reference for bench/py/async_await.py.
// What a C++ programmer writes for each phase:
//   (a) `await add(i)` of a coroutine that never suspends is a direct call;
//   (b) the tasks become a hand-written state machine per task (resume
//       point + index) driven by a FIFO ready queue, the part of asyncio's
//       loop they use: gather schedules every task's first step in order,
//       each `await asyncio.sleep(0)` puts the task back at the tail, so the
//       shared tick counter sees the same resumption order as CPython;
//   (c) source -> scale -> drop_thirds -> async for, with no suspension
//       inside, fuses into one loop with each stage a small function (as
//       bench/cpp/pipeline.cpp does for the synchronous pipeline).
// All arithmetic is uint64_t: the Python masks with 2**64 - 1 and only
// adds and multiplies, so wrap-around gives the same bits.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <vector>

static inline int64_t add(int64_t x, int64_t k) { return (x * k + 7) % 1000; }
static inline int64_t scale(int64_t x) { return (x * 13 + 5) % 1000; }
static inline bool keep(int64_t x) { return x % 3 != 0; }

struct Task {
    int64_t i;
    int state;  // 0: not started, 1: after the first sleep(0), 2: after the second
};

int main(int argc, char** argv) {
    const int64_t n = argc > 1 ? std::atoll(argv[1]) : 1000000;

    // (a) awaits of a trivial coroutine
    uint64_t sa = 0;
    for (int64_t i = 0; i < 2 * n; ++i) sa += static_cast<uint64_t>(add(i, 3));

    // (b) n / 16 tasks, each suspending twice, run from a FIFO ready queue
    const int64_t ntasks = n / 16;
    std::vector<Task> tasks(static_cast<size_t>(ntasks));
    std::vector<int64_t> results(static_cast<size_t>(ntasks), 0);
    std::deque<size_t> ready;
    for (int64_t i = 0; i < ntasks; ++i) {
        tasks[static_cast<size_t>(i)] = Task{i, 0};
        ready.push_back(static_cast<size_t>(i));
    }
    int64_t tick = 0;
    while (!ready.empty()) {
        const size_t id = ready.front();
        ready.pop_front();
        Task& t = tasks[id];
        switch (t.state) {
        case 0:
            tick += 1;
            t.state = 1;
            ready.push_back(id);  // await asyncio.sleep(0)
            break;
        case 1:
            tick += 1;
            t.state = 2;
            ready.push_back(id);  // await asyncio.sleep(0)
            break;
        default: {
            const int64_t now = tick;
            tick += 1;
            results[id] = (t.i * 7 + now) % 1009;  // return: the task is done
            break;
        }
        }
    }
    uint64_t sb = 0;
    for (int64_t r : results) sb = sb * 31 + static_cast<uint64_t>(r);

    // (c) the async generator pipeline, fused
    uint64_t count = 0;
    uint64_t sc = 0;
    for (int64_t i = 0; i < n; ++i) {
        const int64_t x = scale(i);
        if (!keep(x)) continue;
        ++count;
        sc += static_cast<uint64_t>(x);
    }

    const uint64_t checksum = (sa * 1000003u + sb) * 1000003u + sc * 7u + count;
    std::printf("async_await n=%" PRId64 " checksum=%" PRIu64 "\n", n, checksum);
    return 0;
}

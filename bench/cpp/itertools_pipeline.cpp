// itertools_pipeline: signed run lengths of rising/falling steps, totalled.
// Hand-written reference for bench/py/itertools_pipeline.py: one pass over
// the readings keeps the previous one (tee + zip + islice), the sign of the
// current run and its length (groupby), the running total (accumulate) and
// the position in the 1,1,0 selector cycle (compress + cycle).
#include <cinttypes>
#include <cstdio>
#include <cstdlib>

namespace {

int64_t floor_mod(int64_t a, int64_t m) {
    int64_t r = a % m;
    return r < 0 ? r + m : r;
}

struct Folder {
    int64_t total = 0;
    int64_t position = 0;
    int64_t kept = 0;
    int64_t checksum = 0;

    void add_run(int64_t signed_length) {
        total += signed_length;
        if (position++ % 3 != 2) {
            ++kept;
            checksum = floor_mod(checksum * 31 + total, 1000000007);
        }
    }
};

}  // namespace

int main(int argc, char** argv) {
    const int64_t n = argc > 1 ? std::atoll(argv[1]) : 1500000;
    int64_t x = 12345;
    int64_t previous = 0;
    bool in_run = false, up = false;
    int64_t length = 0;
    Folder folder;
    for (int64_t i = 0; i < n; ++i) {
        x = (x * 1103515245 + 12345) % 2147483648;
        int64_t reading = x % 1000;
        if (i > 0) {
            bool rising = reading - previous >= 0;
            if (in_run && rising != up) {
                folder.add_run(up ? length : -length);
                length = 0;
            }
            in_run = true;
            up = rising;
            ++length;
        }
        previous = reading;
    }
    if (in_run) folder.add_run(up ? length : -length);
    std::printf("itertools_pipeline n=%" PRId64 " kept=%" PRId64 " checksum=%" PRId64 "\n", n, folder.kept,
                folder.checksum);
    return 0;
}

// rt_numbers: int arithmetic, float arithmetic and number formatting.
// Hand-written reference for bench/py/rt_numbers.py: the ints fit in
// int64_t (Python's floor % becomes an explicit adjustment) and the
// f-string becomes snprintf into a stack buffer.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>

static int64_t floor_mod(int64_t a, int64_t m) {
    int64_t r = a % m;
    return r < 0 ? r + m : r;
}

int main(int argc, char** argv) {
    const int64_t n = argc > 1 ? std::atoll(argv[1]) : 1500000;
    int64_t state = 12345;
    int64_t total = 0;
    double acc = 0.0;
    int64_t chars = 0;
    char buf[64];
    for (int64_t i = 0; i < n; ++i) {
        state = (state * 1103515245 + 12345) % 2147483648LL;
        const int64_t q = state / 7 - state % 13;
        total = floor_mod(total + q * (i % 100 - 50), 1000000007);
        const double x = static_cast<double>(state) / 2147483648.0;
        acc = acc * 0.999 + x * x - x / 3.0;
        const int len = std::snprintf(buf, sizeof buf, "%" PRId64 ":%.4f", i, x);
        chars += len + static_cast<unsigned char>(buf[len - 1]);
    }
    std::printf("rt_numbers n=%" PRId64 " checksum=%" PRId64 " %.6f %" PRId64 "\n", n, total, acc, chars);
    return 0;
}

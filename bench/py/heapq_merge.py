"""heapq_merge: 8 sorted generator streams merged lazily with heapq.merge.

Usage: python3 heapq_merge.py [N]        (default N = 1_500_000, about
the number of items merged)

Each stream is a generator of increasing values (steps drawn from its own
LCG), of unequal lengths.  heapq.merge interleaves them through its heap of
[value, order, next] entries; the consumer folds the merged order into a
32-bit hash and keeps the 16 largest scores (a 20-bit scramble of each
value) in a bounded min-heap: heappush, then heappushpop.
"""
import heapq
import sys

STREAMS = 8
KEEP = 16


def stream(k, length):
    state = k * 7919 + 1
    value = k
    for _ in range(length):
        yield value
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value += 1 + (state >> 16) % 64


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000
    per = n // STREAMS
    lengths = [per + (k - STREAMS // 2) * (per // 16) for k in range(STREAMS)]
    count = 0
    h = 0
    best = []
    for value in heapq.merge(*[stream(k, lengths[k]) for k in range(STREAMS)]):
        count += 1
        h = (h * 31 + value) & 0xFFFFFFFF
        score = (value * 40503) & 0xFFFFF
        if len(best) < KEEP:
            heapq.heappush(best, score)
        elif score > best[0]:
            heapq.heappushpop(best, score)
    print(f"heapq_merge n={n} count={count} checksum={h} best={sum(best)}")


if __name__ == "__main__":
    main()

"""itertools_pipeline: an itertools chain over a generator of readings.

Usage: python3 itertools_pipeline.py [N]     (default N = 1_500_000)

A generator of N pseudo-random readings is split with tee into two
streams, paired with zip/islice into consecutive differences (starmap),
cut into runs of rising and falling steps (groupby), folded into a
running total of signed run lengths (accumulate), and every run but each
third is kept (compress over cycle).  CPython's cost per item: a generator
resumption, tee's buffer, zip's tuple, a starmap call, the groupby key
call and its run bookkeeping.
"""
import sys
from itertools import accumulate, compress, cycle, groupby, islice, starmap, tee


def readings(n):
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x % 1000


def difference(p, q):
    return q - p


def rising(d):
    return d >= 0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000
    a, b = tee(readings(n))
    diffs = starmap(difference, zip(a, islice(b, 1, None)))
    lengths = (sum(1 for _ in run) if up else -sum(1 for _ in run) for up, run in groupby(diffs, key=rising))
    kept = 0
    checksum = 0
    for total in compress(accumulate(lengths), cycle([1, 1, 0])):
        kept += 1
        checksum = (checksum * 31 + total) % 1000000007
    print(f"itertools_pipeline n={n} kept={kept} checksum={checksum}")


if __name__ == "__main__":
    main()

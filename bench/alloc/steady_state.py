# Generator shapes in their steady state: once running, none of them should
# allocate per item. Each stage runs N items; the program prints a checksum.
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def guarded(n):
    # A yield inside try/finally inside a loop: region bookkeeping per item.
    for i in range(n):
        try:
            yield i
        finally:
            pass


def handled(n):
    # A yield inside try/except: the except region is entered per item.
    for i in range(n):
        try:
            yield i & 7
        except ValueError:
            yield -1


def delegating(n):
    # Two levels of yield from: each item climbs both frames.
    yield from count_up(n)


def outer(n):
    yield from delegating(n)


def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    checksum = 0
    for x in count_up(n):
        checksum += x
    for x in guarded(n):
        checksum ^= x
    for x in handled(n):
        checksum += x
    for x in outer(n):
        checksum -= x
    checksum += sum(x & 3 for x in range(n) if x % 3)
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(n):
        last = acc.send(i & 15)
    checksum += last
    print("steady_state", n, checksum)


main()

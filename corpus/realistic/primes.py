# Prime number generators: the incremental sieve with a dict of composites
# (an unbounded generator over itertools.count), checked against a plain
# bounded sieve, and used through islice/takewhile/dropwhile/pairwise.
from itertools import count, dropwhile, islice, pairwise, takewhile
from collections import Counter
import math


def primes():
    """Unbounded incremental Sieve of Eratosthenes."""
    composites = {}
    for n in count(2):
        p = composites.pop(n, None)
        if p is None:
            yield n
            composites[n * n] = n
        else:
            m = n + p
            while m in composites:
                m += p
            composites[m] = p


def wheel_primes():
    """Same sieve, skipping even numbers (the 2-wheel)."""
    yield 2
    composites = {}
    for n in count(3, 2):
        step = composites.pop(n, None)
        if step is None:
            yield n
            composites[n * n] = 2 * n
        else:
            m = n + step
            while m in composites:
                m += step
            composites[m] = step


def bounded_sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, f in enumerate(flags) if f]


def factorize(n):
    for p in primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n


def twin_primes():
    for a, b in pairwise(primes()):
        if b - a == 2:
            yield a, b


print("first 20:", list(islice(primes(), 20)))
below_100 = list(takewhile(lambda p: p < 100, primes()))
print("below 100:", len(below_100), "sum", sum(below_100))
assert below_100 == bounded_sieve(99)
print("sieves agree up to 5000:",
      list(takewhile(lambda p: p <= 5000, wheel_primes())) == bounded_sieve(5000))
print("1000th prime:", next(islice(primes(), 999, None)))
print("first primes above 10**6:", list(islice(dropwhile(lambda p: p < 10**6, wheel_primes()), 3)))

print("twin primes:", list(islice(twin_primes(), 8)))

gaps = Counter(b - a for a, b in pairwise(takewhile(lambda p: p < 20000, wheel_primes())))
print("most common gaps below 20000:", gaps.most_common(5))
print("largest gap below 20000:", max(gaps))

for n in [360, 97, 2 ** 16 + 1, 600851475143, 1234567890, 2 ** 31 - 1]:
    fs = list(factorize(n))
    assert math.prod(fs) == n
    pretty = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(Counter(fs).items()))
    print(f"{n} = {pretty}")

gen = primes()
chunks = [list(islice(gen, 5)) for _ in range(3)]
print("chunks from one generator:", chunks)

goldbach = {}
plist = bounded_sieve(200)
pset = set(plist)
for even in range(4, 101, 8):
    goldbach[even] = next((p, even - p) for p in plist if even - p in pset)
print("goldbach:", goldbach)

def prime_grid(rows):
    pset = set(bounded_sieve(rows * rows))
    for r in range(rows):
        yield "".join("#" if r * rows + c + 1 in pset else "." for c in range(rows))

for line in prime_grid(12):
    print(line)

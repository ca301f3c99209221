# functools.lru_cache and cache: memoised recursion, hits/misses/currsize
# in cache_info(), LRU eviction order, maxsize=0 and None, typed keys,
# keyword arguments in keys, cache_clear, cache_parameters, unhashable
# arguments, memoised methods, and generators driving memoised calls.
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls), fib.cache_info())
print(fib(31), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())


@cache
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways.cache_info().hits > 0, ways.cache_info().currsize)

# Eviction: the least recently used entry goes first.
seen = []


@lru_cache(maxsize=3)
def square(x):
    seen.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(x)
print(seen, square.cache_info())
square.cache_clear()
print(square.cache_info())
print(square(2), seen[-1], square.cache_info())


# A bare @lru_cache has maxsize 128; the recursion fills the cache in
# the order calls finish.
@lru_cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(tri(200), tri.cache_info())
print(tri(199), tri(1), tri.cache_info())

# maxsize=0 caches nothing; negative means 0.
counted = lru_cache(maxsize=-3)(lambda x: x + 1)
print(counted(1), counted(1), counted([5][0]), counted.cache_info())
print(lru_cache(maxsize=0)(len)([1, 2]))

# Keys: a lone int or str is its own key, keyword order matters, and
# typed separates 1, 1.0 and True.
log = []


@lru_cache(maxsize=16)
def describe(*args, **kwargs):
    log.append((args, kwargs))
    return len(log)


print(describe(1), describe(1.0), describe(True), describe(1))
print(describe(a=1, b=2), describe(b=2, a=1), describe(a=1, b=2))
print(describe(1, a=1), describe(1, 2), describe((1, 2)))
print(describe.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())

try:
    describe([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(x={})
except TypeError as e:
    print(type(e).__name__, e)
for bad in ("big", 1.5):
    try:
        lru_cache(maxsize=bad)
    except TypeError as e:
        print(type(e).__name__, e)


# Exceptions are not cached.
attempts = []


@lru_cache(maxsize=4)
def flaky(n):
    attempts.append(n)
    if len(attempts) < 3:
        raise RuntimeError("try again")
    return n * 100


for _ in range(4):
    try:
        print(flaky(7))
    except RuntimeError as e:
        print(type(e).__name__, e)
print(attempts, flaky.cache_info())


# Generators driving memoised calls, and a memoised generator function
# (the cache holds the generator object itself).
@lru_cache(maxsize=8)
def collatz_length(n):
    return 1 if n == 1 else 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)


def lengths(limit):
    for n in range(1, limit):
        yield n, collatz_length(n)


best = max(lengths(30), key=lambda pair: pair[1])
print(best, collatz_length.cache_info())


@cache
def numbers(n):
    yield from range(n)


g = numbers(3)
print(numbers(3) is g, list(g), list(numbers(3)), numbers.cache_info())


# On methods: bound per instance, self is part of the key.
class Grid:
    def __init__(self, width):
        self.width = width

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return hash(self.width)

    def __eq__(self, other):
        return self.width == other.width


g1, g2 = Grid(3), Grid(3)
print(g1.paths(8, 8), g2.paths(8, 8), Grid.paths.cache_info())
print(g1.paths.cache_info() == Grid.paths.cache_info(), type(Grid.paths).__name__)
print(type(fib.cache_info()).__name__, fib.cache_info()._fields, tuple(square.cache_info()))
print(type(fib), type(fib.cache_info()))

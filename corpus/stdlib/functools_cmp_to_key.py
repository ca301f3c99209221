# functools.cmp_to_key: sorting with old-style comparison functions
# (sorted, list.sort, min/max, reverse), the K objects' comparisons and
# errors, keys over generator output; and functools.total_ordering filling
# in the missing comparisons from each possible root.
import functools
from functools import cmp_to_key, total_ordering


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
words.sort(key=cmp_to_key(lambda a, b: ord(a[-1]) - ord(b[-1])))
print(words)

calls = []


def counting(a, b):
    calls.append((a, b))
    return a - b


def squares(n):
    for i in range(n, 0, -1):
        yield (i * 7) % 10


print(sorted(squares(6), key=cmp_to_key(counting)), len(calls) > 0)
print(min(squares(6), key=cmp_to_key(counting)), max(squares(6), key=cmp_to_key(counting)))

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5) > K(1), K(0) >= K(1))
print(K(obj=5).obj, K.obj, type(K).__name__, callable(K))
print(repr(K(1)).startswith("<functools.KeyWrapper object at "))

for attempt in (lambda: K(1) < 2, lambda: K(1) == 1, lambda: hash(K(1)), lambda: K(),
                lambda: cmp_to_key(), lambda: K(1) < cmp_to_key(max)(1)):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sorted([3, "a", 1], key=cmp_to_key(lambda a, b: a - b))
except TypeError as e:
    print(type(e).__name__, e)

# Records sorted by several fields with one comparison function.
records = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]


def by_age_desc_name(x, y):
    if x[1] != y[1]:
        return y[1] - x[1]
    return -1 if x[0] < y[0] else (1 if x[0] > y[0] else 0)


print([name for name, _ in sorted(records, key=cmp_to_key(by_age_desc_name))])


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= c, a > b, a >= c, b >= a, b > c, a == c)
print(sorted([b, a, Version("0.9")]), max(a, b))
print(Version.__gt__.__name__, Version.__le__.__doc__)
try:
    a <= 5
except TypeError as e:
    print(type(e).__name__, e)


@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __eq__(self, other):
        return self.n == other.n


d1, d2 = Desc(1), Desc(2)
print(d1 < d2, d1 <= d2, d1 >= d2, d2 >= d2, d2 <= d1)


@total_ordering
class Both:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n

    def __ge__(self, other):
        return self.n >= other.n

    def __eq__(self, other):
        return self.n == other.n


x, y = Both(1), Both(2)
print(x < y, x > y, y > x, x <= y)
print(Both.__lt__.__name__, Both.__gt__.__name__, Both.__le__.__qualname__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(functools.total_ordering.__doc__)

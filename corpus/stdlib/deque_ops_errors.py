# collections.deque: index (with start, stop and negative start) and its
# not-found error, count, equality (maxlen ignored, never equal to a
# list) and ordering, + * += *= (against maxlen too), reversed,
# construction with maxlen trimming from the left, extendleft / rotate /
# append against maxlen, insert far out of range, reprs (strings, nested,
# maxlen), copy keeping maxlen, and CPython's error messages for the
# common mistakes.
from collections import deque

d = deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", 0, 3), d.index("a", -3))
print(d.count("a"), d.count("z"), d.count("b"), "c" in d, "q" not in d)
print(list(reversed(d)), type(reversed(d)).__name__, list(reversed(deque())))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([1, 2], maxlen=5), deque([1]) != deque([2]))
print(deque([1]) == [1], deque() == deque(), deque([1, 2]) == deque([2, 1]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2, 3]) > deque([1, 2]), deque() <= deque(), deque([2]) >= deque([1, 9]))
print(deque([1]) + deque([2, 3]), deque("ab") * 2, 3 * deque([0]), deque([1]) * 0, deque([1]) * -1)
e = deque([1, 2])
alias = e
e += [3, 4]
e *= 2
e += (x for x in "z")
print(e, e is alias, type(deque("a") * 1).__name__)
m = deque([1, 2], maxlen=3)
m *= 3
print(m, deque([1, 2], maxlen=3) + deque([3, 4, 5]), deque([1, 2]) + deque([3, 4, 5], maxlen=2))
m += range(10)
print(m)

w = deque(range(10), maxlen=4)
print(w, w.maxlen)
w.extendleft([100, 200])
print(w)
w.rotate(1)
print(w)
w.append("x")
print(w)
f = w.copy()
print(f, f.maxlen, f == w, f is w)
print(deque(["s", 1.5, None, (1,)]), deque([deque([1]), []]), repr(deque("q", maxlen=1)))
print(deque([1], maxlen=None), deque(maxlen=2), len(deque(range(100), 7)), deque([1, 2], 3) * 2)

g = deque([1, 2, 3])
g.insert(-1, "m")
g.insert(100, "end")
g.insert(-100, "start")
print(g, g[-2], g[1])


def set_item(dq, i, v):
    dq[i] = v


for attempt in (
    lambda: deque([1, 2]).index(3),
    lambda: deque("abc").index("a", 1),
    lambda: deque().index(0),
    lambda: deque([1, 2]).remove(3),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque()[0],
    lambda: deque([1])[5],
    lambda: deque([1])[-2],
    lambda: set_item(deque([1]), 3, 0),
    lambda: deque([1]) + [2],
    lambda: [2] + deque([1]),
    lambda: deque([1]) < [2],
    lambda: deque([1, 2]) < deque([1, "a"]),
    lambda: deque([1]) * 2.0,
    lambda: deque([1]) * "a",
    lambda: "a" * deque([1]),
    lambda: deque([1]) * 10**30,
    lambda: deque([1]) - deque([1]),
    lambda: list(reversed(deque([1, 2]))).__class__.__name__,
    lambda: deque([1]).maxlen.__class__.__name__,
    lambda: setattr(deque(), "maxlen", 3),
    lambda: setattr(deque(), "size", 3),
    lambda: deque([1]).rotate("a"),
    lambda: deque(5),
    lambda: deque([1], maxlen="x"),
    lambda: deque([1], 2, 3),
    lambda: deque([1])[0:1],
    lambda: deque([1])["0"],
):
    try:
        print(attempt())
    except Exception as ex:
        print(type(ex).__name__, ex)


def mutated_reversed():
    q = deque([1, 2, 3])
    r = reversed(q)
    first = next(r)
    q.append(4)
    return first, next(r)


def imul_bad():
    q = deque([1])
    q *= "x"


def iadd_bad():
    q = deque([1])
    q += 5


for attempt in (mutated_reversed, imul_bad, iadd_bad):
    try:
        print(attempt())
    except Exception as ex:
        print(type(ex).__name__, ex)

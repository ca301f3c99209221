# collections.deque: index (with start, stop and negative start) and its
# not-found error, count, equality (maxlen ignored, never equal to a
# list), construction with maxlen trimming from the left, extendleft /
# rotate / append against maxlen, insert far out of range, reprs
# (strings, nested, maxlen), copy keeping maxlen, and CPython's error
# messages for the common mistakes.
from collections import deque

d = deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", 0, 3), d.index("a", -3))
print(d.count("a"), d.count("z"), d.count("b"), "c" in d, "q" not in d)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([1, 2], maxlen=5), deque([1]) != deque([2]))
print(deque([1]) == [1], deque() == deque(), deque([1, 2]) == deque([2, 1]))

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
print(deque([1], maxlen=None), deque(maxlen=2), len(deque(range(100), 7)))

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

# collections.Counter: arithmetic (+ - & | and unary + -, which drop
# non-positive counts), the in-place forms, subtract going negative,
# elements() skipping counts <= 0, most_common(n) edge cases, update from
# another Counter / mapping / keywords / generator, comparisons, and the
# errors CPython gives.
from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a, b)
print(a + b)
print(a - b)
print(b - a)
print(a & b, a | b)
print(+a, -a)
print(Counter() + Counter(), Counter(x=-1) + Counter())

c = Counter("hello")
c += Counter("world")
print(c)
c -= Counter("lll")
print(c)
c |= Counter(z=5, o=1)
print(c)
c &= Counter("hoz")
print(c)

s = Counter(a=1)
s.subtract(a=3, b=1)
print(s, s.total(), sorted(s.elements()))
s.subtract(Counter(a=-10))
print(s, list(s.elements()))
print(sorted(Counter(x=2, y=0, z=-1).elements()))

m = Counter("mississippi")
print(m.most_common(0), m.most_common(1), m.most_common(10))
print(m.most_common(-1))

u = Counter()
u.update(Counter(a=2))
u.update({"a": 1, "b": 5})
u.update(a=10)
u.update(ch for ch in "abc")
u.update()
print(u, u["missing"], "missing" in u)
del u["b"]
del u["not-there"]
print(u)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=1) >= Counter())
print(dict(Counter("aab")), list(Counter("cab")), Counter(w for w in "x y x".split()))

# The in-place forms take any mapping; the binary ones only a Counter
# (`|` with a dict is dict's union). Counts need not be ints.
d = Counter(a=2, b=1)
d += {"a": -2, "z": 3}
print(d, Counter(a=1) | {"b": 2}, {"b": 2} | Counter(a=1), type(Counter(a=1).copy()).__name__)
print(Counter(a=1.5) + Counter(a=1), -Counter(a=-0.5), Counter(a=1) != Counter(a=1, b=0), Counter() == Counter(x=0))
print(Counter(a=2) > Counter(a=1, b=0), Counter(a=2) >= Counter(a=1, b=1), Counter(a=1) < Counter(a=1))
e = Counter(a=1, b=2)
e &= Counter(a=5)
print(e, Counter("abc").most_common(10**30), Counter("abc").most_common(-10**30), Counter(a="x", b=1))

for attempt in (
    lambda: Counter(5),
    lambda: Counter("ab", "cd"),
    lambda: Counter.fromkeys("abc"),
    lambda: Counter(a=1) + {"a": 1},
    lambda: Counter(a="x") + Counter(a=1),
    lambda: Counter(a=1).most_common("2"),
    lambda: Counter().update(5),
    lambda: Counter(a=1) < {"a": 2},
    lambda: Counter(a=1) - 1,
    lambda: +Counter(a="x"),
    lambda: Counter().update(1, 2),
    lambda: Counter("abc").most_common(2.0),
    lambda: Counter(a=1, b=2).most_common(5.0),
    lambda: Counter().fromkeys("ab", 1),
    lambda: Counter(a=1).__iadd__(5),
    lambda: Counter(a=1, b=1).__iand__({"a": 1}),
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

# collections.Counter: subtract going negative (from keywords, a mapping
# and another Counter), total() and elements() skipping counts <= 0,
# most_common(n) for 0, negative and n past the end, update from a
# Counter / mapping / keywords / generator / nothing, missing keys read
# as 0, equality with a dict, iteration order, and the errors CPython
# gives for non-iterables.
from collections import Counter

s = Counter(a=1)
s.subtract(a=3, b=1)
print(s, s.total(), sorted(s.elements()), s["a"], s["zz"])
s.subtract(Counter(a=-10))
print(s, list(s.elements()))
s.subtract({"b": -1, "c": 2})
print(s, s.total())
print(sorted(Counter(x=2, y=0, z=-1).elements()), Counter(x=0).total())

m = Counter("mississippi")
print(m.most_common(0), m.most_common(1), m.most_common(10))
print(m.most_common(-1), m.most_common(3)[-1], m.most_common()[::-1])

u = Counter()
u.update(Counter(a=2))
u.update({"a": 1, "b": 5})
u.update(a=10)
u.update(ch for ch in "abc")
u.update()
print(u, u["missing"], "missing" in u, len(u))
del u["b"]
print(u, u.get("b"), u.get("b", 0))
u["a"] = 0
print(u, u.total(), u.most_common(1))

print(Counter(a=1) == {"a": 1}, Counter("ab") == Counter("ba"), Counter("ab") != Counter("abb"))
print(dict(Counter("aab")), list(Counter("cab")), Counter(w for w in "x y x".split()))
print(sorted(Counter("hello world").items()), list(Counter(a=2, b=3).values()))
words = (w.lower() for w in "The the THE cat Cat dog".split())
print(Counter(words).most_common(2))

for attempt in (
    lambda: Counter(5),
    lambda: Counter().update(5),
    lambda: Counter().subtract(5),
    lambda: Counter(a=1)["a"] + "x",
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

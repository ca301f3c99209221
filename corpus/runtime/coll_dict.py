# dict: methods, views and their set operations, merge operators, order after deletions.
d = dict.fromkeys([3, 1, 2])
print(d, dict.fromkeys("ab", 0), dict.fromkeys(range(3), [1]), dict.fromkeys([]))
print(type(dict.fromkeys([1])).__name__, {}.fromkeys((5, 6), "x"))
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.pop("c", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[(1, "x")]
except KeyError as e:
    print("KeyError", e)
try:
    {}["it's"]
except KeyError as e:
    print("KeyError", e)
e = {1: "x", 2: "y", 3: "z"}
print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError", err)
u = {"x": 0}
u.update({"y": 1}); u.update([("z", 2), ["w", 3]]); u.update(v=4, x=5); u.update([("q", 6)], r=7); u.update()
print(u)
print(dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({1: 2}, c=3), dict(zip("xy", [8, 9])), dict())
c = u.copy(); c["x"] = 100; print(u["x"], c["x"], c is u, c == u)
c.clear(); print(c, len(c), bool(c), bool(u))
k = {1: "a", 2: "b", 3: "c"}
ks, vs, its = k.keys(), k.values(), k.items()
print(ks, vs, its, len(ks), len(vs), len(its))
print(2 in ks, 5 in ks, "a" in vs, "q" in vs, (1, "a") in its, (1, "b") in its, [1, "a"] in its)
k[4] = "d"
print(ks, list(reversed(ks)), list(reversed(vs)), list(reversed(its)), list(reversed(k)))
print(ks & {2, 3, 9}, ks | {9}, ks - {1}, ks ^ {1, 7}, {2, 8} & ks, ks & [3, 4])
print(its & {(1, "a"), (2, "z")}, sorted(its - {(1, "a")}), ks == {1, 2, 3, 4}, ks <= {1, 2, 3, 4, 5}, ks.isdisjoint({8}))
print(type(ks & {1}).__name__, type(ks).__name__, type(vs).__name__, type(its).__name__)
print(repr({}.keys()), repr({}.values()), repr({}.items()), str({5: 6}.items()))
m1 = {1: "a", 2: "b"}; m2 = {2: "B", 3: "C"}
print(m1 | m2, m2 | m1, m1)
m1 |= m2; print(m1)
m1 |= [(7, "seven")]; print(m1)
try:
    m1 | [(8, 9)]
except TypeError as err:
    print("TypeError", err)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2}, {1: 1} == {1: 1.0}, {} == [])
o = {i: i * i for i in range(6)}
del o[0]; del o[3]; o[0] = "zero"; o[3] = "three"; o[1] = "one"
print(o, list(o), list(o.values()))
for key in list(o):
    if key % 2:
        del o[key]
o[99] = 1
print(o)
print({x: len(x) for x in ["aa", "b", "cccc"]}, {k2: v2 for k2, v2 in [(1, 2), (1, 3)] if v2 > 0})
print({n: [m for m in range(n)] for n in range(4)})
print({**{1: 2}, **{3: 4}, 1: "over"}, {1: 2, 1: 3, True: 4})
try:
    {[]: 1}
except TypeError as err:
    print("TypeError", err)
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print("ValueError", err)
it = iter(k)
print(next(it), next(it), list(it), list(k.items())[1:], sum(k), max(k.values()), sorted(k, reverse=True))
try:
    for key in k:
        k[key + 10] = 0
except RuntimeError as err:
    print("RuntimeError", err)
nested = {"a": {"b": [1, 2]}, "c": ()}
print(nested, nested["a"]["b"][1], len(nested), repr(nested))
rec = {}; rec["self"] = rec; print(rec)
print(dict.get(k, 1), dict.keys(k), dict.__name__, k.get(None, "none"))

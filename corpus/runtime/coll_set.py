# set/frozenset: operators, comparisons, methods; sets of strings printed sorted.
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b), a.isdisjoint({9}), a.isdisjoint(b), {1}.issubset(a), a.issuperset({1, 2}))
s = set(); s.add(1); s.add(1); s.add(2); s.discard(5); s.discard(1); print(s, len(s))
s.update([7, 8], {9}); print(s)
s.intersection_update({7, 8, 2}); print(s)
s.difference_update([7]); print(s)
s.symmetric_difference_update({8, 10}); print(s)
s.remove(2); print(s, s.pop(), s)
s.clear(); print(s, set(), frozenset(), frozenset([1, 2]), set([3, 3, 1]))
f = frozenset({1, 2}); g = f | {3}; print(g, type(g).__name__, type({3} | f).__name__, f == {1, 2}, hash(f) == hash(frozenset([2, 1])))
w = {"pear", "apple", "fig"}; x = {"fig", "kiwi"}
print(sorted(w), sorted(w | x), sorted(w & x), sorted(w - x), sorted(w ^ x), "fig" in w, "zz" in w)
print({f: 1}, {frozenset(): 0}, len({1, 1.0, True}), {(1, 2), (1, 2)})
c = {1, 2}; c |= {3}; c &= {2, 3}; c -= {9}; c ^= {4}; print(c)
print(sorted({n % 5 for n in range(20)}), sorted(set("hello")))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove("k")]:
    try:
        bad()
    except KeyError as e:
        print(type(e).__name__, e)
try:
    {[1], 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__, e)

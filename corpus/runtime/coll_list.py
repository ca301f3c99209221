# list and tuple: every method, slice assignment (extended too), del of slices, sort stability, errors.
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.extend("ab"); a.insert(0, "s"); a.insert(-1, "m"); a.insert(100, "end"); a.insert(-100, "beg")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(5, 2), a.index(5, -4, -1), a.count(2), a.count("zz"), [1, 1.0, True].count(1))
a.remove("s"); a.remove("a"); print(a)
a.reverse(); print(a)
b = a.copy(); b.append(0); print(a, b, b is a)
b.clear(); print(b, len(b))
for bad in [lambda: a.remove(42), lambda: a.index(5, 0, 1), lambda: [].pop(), lambda: [1].pop(5), lambda: a.index("q")]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
s = list(range(10))
s[2:5] = ["a", "b"]; print(s)
s[1:1] = [7, 7, 7]; print(s)
s[-2:] = (); print(s)
s[::2] = "VWXYZ"; print(s)
s[:] = range(8); print(s)
s[1::3] = [None, None, None]; print(s)
s[::-1] = list("hgfedcba"); print(s)
s[5:2] = [1]; print(s)
s[6:] = s; print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    s[::3] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print("ValueError", e)
try:
    s[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    s[::0] = []
except ValueError as e:
    print("ValueError", e)
t = list(range(12))
del t[1:3]; print(t)
del t[::3]; print(t)
del t[-1]; del t[::-2]; print(t)
del t[:]; print(t)
try:
    del t[0]
except IndexError as e:
    print("IndexError", e)
try:
    [1, 2][5] = 0
except IndexError as e:
    print("IndexError", e)
try:
    idx = 1.5; [1][idx]
except TypeError as e:
    print("TypeError", e)
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "c"), (3, "x"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
w = ["bb", "a", "ccc", "dd", "e"]; w.sort(key=len); print(w); w.sort(key=len, reverse=True); print(w)
w.sort(); print(w); w.sort(reverse=True); print(w)
n = [5, -3, 2.5, 0, -1]; n.sort(key=abs); print(n, sorted(n), n.sort())
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
print([1, 2] * 3, 2 * [0], [7] * 0, [1] * -2, [[0]] * 2)
r = [1]; r *= 3; r += [2]; r += "xy"; print(r)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2], [1] == (1,), [1, [2]] <= [1, [2]], [3] >= [3])
print(list((1, 2)), list("ab"), list({3: 4}), list(), [x * 2 for x in range(4) if x != 2], max([3, 9, 2]), min([[2], [1, 5]]))
print(sum([[1], [2]], []), [1, 2, 3][::-1], [1, 2, 3][-2:], [1, 2, 3][5:], [1, 2, 3][::2], 3 in [1, 2, 3], 4 not in [1, 2])
nest = [1, [2, [3]]]; nest[1][1].append(4); print(nest, repr(nest), str(nest))
selfref = [1]; selfref.append(selfref); print(selfref)
tp = (3, 1, 3, 2)
print(tp.count(3), tp.index(2), tp.index(3, 1), tp[1:3], tp[::-1], tp + (9,), tp * 2, len(tp), (1,) * 0, () == tuple())
try:
    tp.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    tp[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError", e)
print((1, 2) < (1, 2, 3), (1, "a") == (1, "a"), tuple([1, 2]), tuple("xy"), (1,), (), ((1, 2), [3]), hash((1, 2)) == hash((1, 2)))
print(sorted(tp), tuple(sorted(tp, reverse=True)), min(tp), len(tp), list(reversed(tp)), [*tp, *"ab"])
x, *rest = tp; print(x, rest)
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError", e)

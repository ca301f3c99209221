# range, slice objects, lazy builtin iterators, iter(callable, sentinel), unbound methods of built-in types.
r = range(10)
print(r, range(2, 8), range(1, 10, 3), range(5, 0, -1), range(0), len(r), len(range(1, 10, 3)), len(range(5, 0, -2)), len(range(3, 1)))
print(r.index(4), range(1, 10, 3).index(7), r.count(3), r.count(11), range(0, 20, 5).count(10), r.start, r.stop, r.step)
print(r[2:8:2], r[::-1], r[-3:], r[::3], range(5, 0, -1)[1:3], r[3], r[-1], range(1, 10, 3)[2], list(r[2:8:2]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "x" in r)
print(list(range(10, 0, -3)), list(range(-5, -1)), list(reversed(range(1, 8, 2))), list(reversed(range(0))), sum(range(101)))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 2) == range(1, 3), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2])
print(repr(range(-3, 3, 2)), str(range(1, 2)), bool(range(0)), bool(range(1)), max(range(7)), min(range(3, 9)))
for bad in [lambda: r.index(10), lambda: r[10], lambda: range(0, 5, 0), lambda: range(1.5), lambda: r[1.5]]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
sl = slice(1, 10, 2)
print(sl, slice(3), slice(None, None, -1), sl.start, sl.stop, sl.step, slice(5).start, slice(5).stop)
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(6), slice(2, 1, -1).indices(0))
print([0, 1, 2, 3, 4, 5][sl], "abcdefgh"[slice(None, None, 3)], (1, 2, 3)[slice(1, None)], slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
e = enumerate("abc", start=5)
print(next(e), list(e), list(enumerate([], 1)), list(enumerate(["x", "y"])), type(e).__name__)
def noisy(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i
z = zip(noisy("a", 3), noisy("b", 2))
print("zip made")
print(list(z))
print(list(zip()), list(zip([1, 2], "ab", (True, False))), list(zip([1, 2, 3], "ab")), dict(zip("ab", range(2))))
for args in [([1, 2], "abc"), ([1, 2, 3], "ab"), ([1], [2], [3, 4]), ([1, 2], [1], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print("ValueError", err)
print(list(zip([1], [2], strict=True)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(str, range(3))), list(map(len, ["ab", ""])))
m = map(lambda x: print("  map sees", x) or x, [1, 2])
print("map made"); print(next(m)); print(list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(lambda x: x > 1, range(5))), list(filter(str.isdigit, "a1b2")))
rv = reversed([1, 2, 3]); print(next(rv), list(rv), list(reversed("abc")), list(reversed((1, 2))), "".join(reversed("xyz")))
data = [5, 4, 3, 0, 9]
feed = iter(data)
print(list(iter(lambda: next(feed), 0)), list(feed))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)), next(iter(tick, 99)))
it = iter([1])
print(next(it, "d"), next(it, "d"), next(it, None), next(iter(()), 0))
try:
    next(it)
except StopIteration as err:
    print("StopIteration", repr(err))
try:
    next([1])
except TypeError as err:
    print("TypeError", err)
try:
    iter(5)
except TypeError as err:
    print("TypeError", err)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=str.lower), sorted(words), list(map(str.upper, words)), str.join(",", words[:3]), str.upper("q"))
print(list(map(str.strip, [" a ", "b  "])), sorted(["bb", "a", "ccc"], key=len), list(map(int, ["1", "22"])), list(map(float, "12")))
print(str.split("a b c"), list.__name__, str.replace("aXa", "X", "-"), list(map(list.copy, [[1], [2]])), dict.fromkeys(map(str.lower, "AbA")))
print(max(words, key=str.lower), min(words, key=len), sorted(map(abs, [-3, 1, -2])), list(map(tuple, ["ab", "c"])), sorted(words, key=str.casefold, reverse=True))
print(list(enumerate(zip("ab", "cd"), 1)), list(zip(*[(1, 2), (3, 4), (5, 6)])), list(map(sum, zip([1, 2], [3, 4]))))
gen = (i * i for i in range(5))
print(next(gen), 4 in gen, list(gen), list(gen))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), sum(x for x in range(5)), sorted((x % 3 for x in range(7)), reverse=True))

from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d[0], d[-1], d[2])
d[1] = 99
print(d, 99 in d, 100 in d)
del d[1]
print(d, d.count(5), d.index(5))
d.remove(5)
print(d)
print(list(d), [x * 2 for x in d])
e = d.copy()
print(e == d, e is d, e == deque([1]), d == [1])
d.clear()
print(d, len(d))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: e[100], lambda: e["a"], lambda: e.remove(42)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)

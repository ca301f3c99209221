import itertools
from itertools import count, cycle, repeat

c = count(5)
print(c, next(c), next(c), c)
print(count(0, 2), count(1.5), count(2**70), count(0, 0.5))
print([next(c) for _ in range(3)])
steps = count(10, -3)
print([next(steps) for _ in range(4)])
cy = cycle("ab")
print([next(cy) for _ in range(5)])
print(list(cycle([])))
r = repeat("x", 3)
print(r, list(r), r)
print(repeat(1), list(repeat(1, -2)))
print(list(zip(range(3), repeat(7))))
print(list(map(pow, range(4), repeat(2))))
print(type(c).__name__ if False else "ok", itertools.count is count)
try:
    count("a")
except TypeError as exc:
    print("TypeError", exc)

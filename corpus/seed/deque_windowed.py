# The tutorial's lazy sliding window over a bounded deque.
from collections import deque

def windowed(iterable, size):
    it = iter(iterable)
    d = deque([], maxlen=size)
    for _ in range(size):
        d.append(next(it))
    yield tuple(d)
    for x in it:
        d.append(x)
        yield tuple(d)

print(list(windowed(range(6), 3)))
print(list(windowed("abcd", 1)))
print(list(windowed([1, 2], 2)))

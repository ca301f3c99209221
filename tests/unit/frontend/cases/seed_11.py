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

list(windowed(range(6), 3))  # [(0,1,2),(1,2,3),(2,3,4),(3,4,5)]

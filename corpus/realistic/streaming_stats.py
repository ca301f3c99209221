# Streaming aggregation over a sensor feed: moving averages with
# deque(maxlen), a running-statistics coroutine driven by send(), tumbling
# and sliding windows, tee to fan one stream out to several consumers, and
# an anomaly detector built from those pieces.
import math
from collections import deque
from itertools import islice, tee, accumulate, zip_longest


def sensor(n, seed=42):
    state = seed
    level = 20.0
    for t in range(n):
        state = (state * 1664525 + 1013904223) % 2 ** 32
        noise = (state / 2 ** 32 - 0.5) * 2.0
        level += 0.05
        spike = 15.0 if t in (37, 81) else 0.0
        yield t, round(level + noise + spike, 3)


def moving_average(values, size):
    window = deque(maxlen=size)
    total = 0.0
    for v in values:
        if len(window) == size:
            total -= window[0]
        window.append(v)
        total += v
        yield total / len(window)


def running_stats():
    """Welford's algorithm; send a value, receive (n, mean, stddev)."""
    n = 0
    mean = 0.0
    m2 = 0.0
    result = None
    while True:
        x = yield result
        if x is None:
            break
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        result = (n, mean, math.sqrt(m2 / (n - 1)) if n > 1 else 0.0)
    return n, mean


def tumbling(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


def sliding(iterable, size):
    it = iter(iterable)
    window = deque(islice(it, size), maxlen=size)
    if len(window) == size:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)


def anomalies(readings, size=10, k=3.0):
    window = deque(maxlen=size)
    for t, v in readings:
        if len(window) == size:
            mean = sum(window) / size
            sd = math.sqrt(sum((w - mean) ** 2 for w in window) / (size - 1))
            if abs(v - mean) > k * sd:
                yield t, v, round(mean, 3)
                continue
        window.append(v)


readings = list(sensor(120))
print("first readings:", readings[:4])

values = [v for _, v in readings]
ma = list(moving_average(values, 5))
print("MA(5) head:", [f"{x:.3f}" for x in ma[:6]])
print("MA(5) tail:", [f"{x:.3f}" for x in ma[-3:]])

stats = running_stats()
next(stats)
for i, v in enumerate(values, 1):
    n, mean, sd = stats.send(v)
    if i % 30 == 0:
        print(f"after {n:3d}: mean={mean:.4f} sd={sd:.4f}")
try:
    stats.send(None)
except StopIteration as stop:
    print("final:", stop.value[0], f"{stop.value[1]:.4f}")

print("tumbling(25) maxima:", [max(c) for c in tumbling(values, 25)])
print("tumbling sizes:", [len(c) for c in tumbling(values, 25)])

rising = sum(1 for a, b, c in sliding(values, 3) if a < b < c)
print("strictly rising triples:", rising)

a, b, c = tee(readings, 3)
evens = (v for t, v in a if t % 2 == 0)
odds = (v for t, v in b if t % 2 == 1)
pairs = list(islice(zip_longest(evens, odds), 3))
print("even/odd pairs:", pairs)
cum = list(accumulate(v for _, v in c))
print(f"cumulative sum at end: {cum[-1]:.3f}, matches fsum: {math.isclose(cum[-1], math.fsum(values))}")

print("anomalies:", list(anomalies(readings)))

buckets = {}
for t, v in readings:
    buckets.setdefault(int(v) // 5 * 5, []).append(t)
for low in sorted(buckets):
    print(f"  [{low:>2}, {low + 5:>2}): {len(buckets[low]):>3} " + "*" * (len(buckets[low]) // 4))

def coroutine(fn):
    def wrapped(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return wrapped

@coroutine
def moving_avg(window=3):
    from collections import deque
    q, s = deque(maxlen=window), 0
    while True:
        x = yield (s/len(q) if q else None)
        if isinstance(x, int):      # data point
            if len(q) == q.maxlen: s -= q[0]
            q.append(x); s += x
        elif isinstance(x, tuple) and x[0] == "set_window":
            q = type(q)(maxlen=x[1]); s = sum(q)

avg = moving_avg(3)
avg.send(5)    # -> None
avg.send(7)    # -> 6.0
avg.send(4)    # -> 5.333...
avg.send(("set_window", 2))  # -> 5.5 (recomputed)

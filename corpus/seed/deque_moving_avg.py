# The tutorial's moving-average coroutine over a bounded deque.
# The tutorial's @coroutine priming decorator is replaced by an explicit
# next(): yieldc's closures are being reworked.
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
next(avg)
print(avg.send(5))
print(avg.send(7))
print(avg.send(4))
print(avg.send(8))
print(avg.send(("set_window", 2)))
print(avg.send(6))
print(avg.send(2))

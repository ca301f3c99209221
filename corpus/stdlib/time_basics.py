# time: clocks are monotonic where CPython promises it, return the types
# CPython returns, and sleep() checks its argument as CPython does.
import time

a = time.perf_counter()
b = time.perf_counter()
print(type(a).__name__, b >= a)
n1 = time.perf_counter_ns()
n2 = time.perf_counter_ns()
print(type(n1).__name__, n2 >= n1)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(type(m1).__name__, m2 - m1 >= 0.009)
print(type(time.monotonic_ns()).__name__)
now = time.time()
print(type(now).__name__, now > 1.6e9)
print(type(time.time_ns()).__name__, time.time_ns() > 1600000000 * 10**9)
print(type(time.process_time()).__name__)
time.sleep(0)
time.sleep(False)
for bad in (-1, -0.5, "1", None, float("nan")):
    try:
        time.sleep(bad)
        print("slept", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def ticks(n):
    last = time.monotonic()
    for _ in range(n):
        now = time.monotonic()
        yield now >= last
        last = now


print(all(ticks(1000)))

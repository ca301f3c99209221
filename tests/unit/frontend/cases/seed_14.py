import time
from contextlib import contextmanager

@contextmanager
def timed(label="block"):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        print(label, "took", time.perf_counter() - t0, "s")

with timed("heavy"):
    sum(range(5_000_000))

# Tutorial example 6: a generator-based timing context manager. The
# elapsed time varies from run to run, so the golden records facts about
# it (a non-negative float) rather than the number itself.
import time
from contextlib import contextmanager


@contextmanager
def timed(label="block"):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - t0
        print(label, "took", type(elapsed).__name__, elapsed >= 0, "s")


with timed("heavy"):
    print(sum(range(5_000_000)))

with timed():
    pass

try:
    with timed("failing"):
        raise ValueError("inside the timed block")
except ValueError as e:
    print("caught", e)

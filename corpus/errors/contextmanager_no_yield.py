# A @contextmanager generator that returns without yielding.
from contextlib import contextmanager

@contextmanager
def maybe_open(enabled):
    if enabled:
        yield "resource"

with maybe_open(True) as r:
    print("using", r)
with maybe_open(False) as r:
    print("not reached")

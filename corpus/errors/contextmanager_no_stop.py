# A @contextmanager generator that yields twice.
from contextlib import contextmanager

@contextmanager
def twice():
    print("enter")
    yield 1
    print("between")
    yield 2

with twice() as v:
    print("body", v)

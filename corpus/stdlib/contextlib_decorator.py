# A @contextmanager object used as a decorator wraps each call in a fresh
# context; the generator's gen/func/args/kwds are visible.
from contextlib import contextmanager


@contextmanager
def logged(label, level=1):
    print(f"start {label} level={level}")
    try:
        yield label
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"end {label}")


@logged("work", level=2)
def work(n):
    print("working", n)
    if n < 0:
        raise ValueError("negative")
    return n * 2


print(work(3))
print(work(-1))
print(work(5))

cm = logged("x")
print(cm.args, cm.kwds, cm.func.__name__)
with cm as v:
    print("value", v)

try:
    with cm:
        pass
except AttributeError as e:
    print("reuse:", type(e).__name__)

# contextlib.suppress: listed exceptions (and subclasses) are swallowed,
# others propagate; a suppress with no types suppresses nothing.
from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
print("after KeyError")

with suppress(LookupError):
    [][3]
print("IndexError is a LookupError")

with suppress(ValueError, TypeError):
    int("x")
print("after ValueError")

try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", repr(e))

try:
    with suppress():
        raise ValueError("none listed")
except ValueError as e:
    print("nothing suppressed:", e)


def gen():
    for i in range(5):
        with suppress(ZeroDivisionError):
            yield 10 // (i - 2)


print(list(gen()))
s = suppress(OSError)
with s:
    open("/nonexistent/dir/file")
with s:
    pass
print("reusable")

# contextmanager: the generator catches the thrown exception and finishes,
# so the exception is suppressed — a StopIteration from the body too.
from contextlib import contextmanager


@contextmanager
def swallow(*kinds):
    try:
        yield "swallowing"
    except kinds as e:
        print("swallowed", repr(e))


@contextmanager
def swallow_and_return():
    try:
        yield
    except Exception:
        return "ignored return value"


for exc in (ValueError("a"), StopIteration("s"), KeyError("k"), ZeroDivisionError("z")):
    with swallow(ValueError, StopIteration, KeyError, ZeroDivisionError) as label:
        print(label, "->", type(exc).__name__)
        raise exc
    print("continued after", type(exc).__name__)

with swallow_and_return():
    1 / 0
print("ZeroDivisionError suppressed")

# A class (not an instance) given to the manager is instantiated by
# __exit__ when the with raises the class: still caught and suppressed.
with swallow(IndexError):
    raise IndexError
print("IndexError class suppressed")


# Only what the generator catches is suppressed.
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("propagated", repr(e))


# The finally of the generator runs before the code after the with.
@contextmanager
def tidy():
    try:
        yield
    except LookupError:
        print("lookup error handled")
    finally:
        print("tidy finally")


with tidy():
    [][0]
print("after tidy")

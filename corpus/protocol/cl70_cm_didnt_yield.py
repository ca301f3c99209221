# contextmanager: a generator that returns without yielding.
from contextlib import contextmanager


@contextmanager
def no_yield():
    print("setup, then return")
    return
    yield


@contextmanager
def returns_value():
    return 42
    yield


@contextmanager
def exhausted_by_loop(items):
    for item in items:
        yield item


for make in (no_yield, returns_value, lambda: exhausted_by_loop([])):
    try:
        with make() as value:
            print("body ran", value)
    except RuntimeError as e:
        print(type(e).__name__, e)
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__),
              "suppress_context:", e.__suppress_context__)

# A manager made while an exception is handled: the StopIteration it
# reports as context itself has that exception as context.
try:
    raise KeyError("outer")
except KeyError:
    try:
        with no_yield():
            pass
    except RuntimeError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))

# The one-shot manager keeps its generator; entering it again fails.
cm = exhausted_by_loop([1])
with cm as v:
    print("entered with", v)
print(type(cm).__name__, cm.gen.gi_frame is None)

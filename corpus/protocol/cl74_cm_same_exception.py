# contextmanager: an exception the generator does not handle (or re-raises
# with a bare raise) propagates as the very same object.
from contextlib import contextmanager


@contextmanager
def passthru():
    yield


@contextmanager
def observe():
    try:
        yield
    except BaseException as e:
        print("  observed", repr(e))
        raise


@contextmanager
def cleanup():
    try:
        yield
    finally:
        print("  cleanup ran")


for cm in (passthru, observe, cleanup):
    print(cm.__name__)
    for exc in (StopIteration("s"), RuntimeError("r"), KeyError("k"), GeneratorExit("g")):
        try:
            with cm():
                raise exc
            print("  suppressed?!")
        except BaseException as e:
            print("  ", type(e).__name__, "same object" if e is exc else "new object", repr(e.__context__))

# A StopIteration from the body wrapped by PEP 479 inside the generator:
# the original StopIteration propagates, not the RuntimeError.
stop = StopIteration("body")
try:
    with passthru():
        raise stop
except StopIteration as e:
    print("StopIteration propagated:", e is stop)

# contextlib.ExitStack: callbacks and contexts unwind last-in first-out,
# exceptions raised during unwinding chain as CPython's do, pop_all moves
# the callbacks to a new stack, and a suppressing exit stops propagation.
from contextlib import ExitStack, contextmanager, suppress


@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)


with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    print(names)
    stack.callback(print, "callback", 1, sep="=")
print("done 1")


def cb(*args, **kwargs):
    print("cb", args, sorted(kwargs.items()))


with ExitStack() as stack:
    stack.callback(cb, 1, 2, x=3)
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed inside ExitStack")

with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("stack exited, nothing ran")
moved.close()


def raiser(msg):
    raise ValueError(msg)


try:
    with ExitStack() as stack:
        stack.callback(raiser, "first")
        stack.callback(raiser, "second")
        raise KeyError("body")
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))


class Exiter:
    def __enter__(self):
        print("Exiter enter")
        return self

    def __exit__(self, et, ev, tb):
        print("Exiter exit", et.__name__ if et else None)
        return True


with ExitStack() as stack:
    stack.push(Exiter())
    raise RuntimeError("swallowed by pushed exit")
print("done 2")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

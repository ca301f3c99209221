# contextmanager: the generator raises a different exception, which then
# propagates instead of the one thrown in, chained to it.
from contextlib import contextmanager


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise IndexError("translated") from e


@contextmanager
def implicit_chain():
    try:
        yield
    except ValueError:
        raise TypeError("while handling")


@contextmanager
def fails_on_exit():
    yield
    raise OSError("exit failed")


@contextmanager
def converts_to_runtime_error():
    try:
        yield
    except ArithmeticError as e:
        raise RuntimeError("arith") from e


original = KeyError("k")
try:
    with translate():
        raise original
except IndexError as e:
    print(repr(e), "cause is original:", e.__cause__ is original, e.__suppress_context__)

try:
    with implicit_chain():
        raise ValueError("v")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)

try:
    with fails_on_exit():
        print("body finishes normally")
except OSError as e:
    print(repr(e), "context:", e.__context__)

try:
    with converts_to_runtime_error():
        1 // 0
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))

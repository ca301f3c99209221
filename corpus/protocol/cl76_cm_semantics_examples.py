# SEMANTICS.md section 10's two examples (the second with the body as a
# function instead of exec): didn't yield / didn't stop / didn't stop after
# throw, and the propagation rules for StopIteration, RuntimeError and others.
from contextlib import contextmanager


@contextmanager
def no_yield():
    return
    yield


@contextmanager
def yields_twice():
    yield 1
    yield 2


@contextmanager
def yields_after_catch():
    try:
        yield
    except ValueError:
        yield


for cm, exc in ((no_yield, None), (yields_twice, None), (yields_after_catch, ValueError("v"))):
    try:
        with cm():
            if exc:
                raise exc
    except RuntimeError as e:
        print(f"{e} | cause={e.__cause__!r} context={e.__context__!r}")


@contextmanager
def passthru():
    yield


@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise IndexError("translated") from e


def body(cm, exc):
    with cm():
        raise exc


for cm, exc in ((passthru, StopIteration("s")), (passthru, RuntimeError("r")), (passthru, KeyError("k")),
                (swallow, StopIteration("s")), (translate, KeyError("k"))):
    try:
        print(cm.__name__, repr(exc), end=" -> ")
        body(cm, exc)
        print("suppressed")
    except BaseException as e:
        print(repr(e), "(same object)" if e is exc else "(new object)")

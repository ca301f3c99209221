# contextmanager: the generator catches the exception thrown in and yields.
from contextlib import contextmanager


@contextmanager
def yields_after_catch():
    try:
        yield "first"
    except ValueError as e:
        print("generator caught", repr(e))
        yield "again"


try:
    with yields_after_catch() as v:
        print("body", v)
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))


@contextmanager
def retry_forever():
    while True:
        try:
            yield
        except Exception as e:
            print("retrying after", type(e).__name__)


try:
    with retry_forever():
        {}["missing"]
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

# contextmanager: a generator that yields a second time on a normal exit.
from contextlib import contextmanager


@contextmanager
def yields_twice():
    print("first yield")
    yield 1
    print("second yield")
    yield 2
    print("never")


try:
    with yields_twice() as v:
        print("body", v)
    print("not reached")
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__))


@contextmanager
def loop_forever():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("loop_forever finally, n =", n)


def run():
    try:
        with loop_forever() as n:
            print("body got", n)
    except RuntimeError as e:
        print("caught:", e)
    print("after the with")


run()
print("after run")

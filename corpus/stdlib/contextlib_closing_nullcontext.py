# contextlib.closing calls close() on exit (normal or exceptional);
# nullcontext returns its enter_result and suppresses nothing.
from contextlib import closing, nullcontext


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("a")) as r:
    print("using", r.name)

try:
    with closing(Resource("b")):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator finalised")


with closing(numbers()) as g:
    for n in g:
        print(n)
        if n == 2:
            break
    print("still inside")
print("after with")

with nullcontext() as x:
    print("nullcontext gives", x)
with nullcontext(42) as x:
    print("nullcontext gives", x)

try:
    with nullcontext("v"):
        raise KeyError("k")
except KeyError as e:
    print("not suppressed", repr(e))


def maybe_open(path):
    return open(path) if path else nullcontext(None)


with maybe_open(None) as f:
    print("file is", f)

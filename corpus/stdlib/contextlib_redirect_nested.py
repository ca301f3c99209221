# contextlib.redirect_stdout into any object with write(): the as-target
# is the new stream, sys.stdout is it inside the block, nested redirects
# restore in order, a redirect object is reentrant, print's chunks arrive
# as separate write calls, sys.stdout.write goes there too, and the
# previous stream comes back after an exception.
import sys
from contextlib import redirect_stdout


class Recorder:
    def __init__(self, name):
        self.name = name
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return len(text)

    def flush(self):
        pass


outer, inner = Recorder("outer"), Recorder("inner")
with redirect_stdout(outer) as target:
    print("a", 1, sep="-")
    print(target is outer, sys.stdout is outer)
    with redirect_stdout(inner):
        print("deep", end="")
        sys.stdout.write("raw\n")
    print("back to outer")
print(outer.chunks)
print(inner.chunks)
print(sys.stdout is sys.__stdout__)

again = Recorder("again")
r = redirect_stdout(again)
with r:
    print("first")
    with r:
        print("second")
    print("third")
print(again.chunks)

failing = Recorder("failing")
try:
    with redirect_stdout(failing):
        print("partial")
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e), failing.chunks, sys.stdout is sys.__stdout__)


def chatty(n):
    for i in range(n):
        print("step", i)
        yield i


log = Recorder("log")
with redirect_stdout(log):
    total = sum(chatty(3))
print(total, "".join(log.chunks).split("\n"))

with redirect_stdout(None):
    print(sys.stdout is None, file=sys.stderr)
print("restored after None", sys.stdout is sys.__stdout__)

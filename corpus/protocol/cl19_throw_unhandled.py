# Checklist 19: an unhandled throw runs finally and closes.
import inspect
def gen():
    try:
        yield 1
        print("not reached")
    finally:
        print("finally")
g = gen()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("propagated", repr(e))
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")

# Checklist 2: next -> suspended; send(v) is the yield's value; done -> closed.
import inspect
def gen():
    a = yield "first"
    print("a =", a)
    b = yield "second"
    print("b =", b)
g = gen()
st = inspect.getgeneratorstate
print(next(g), st(g), g.gi_suspended, g.gi_running)
print(g.send(10), st(g))
try:
    g.send([1, 2])
except StopIteration as e:
    print("stop", e.args, st(g), g.gi_frame, g.gi_suspended)

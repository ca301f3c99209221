# Driving the awaitables by hand outside any event loop: .send(None) raises
# StopIteration(value) carrying the yielded value; an inner await that
# suspends passes its value out; .throw() on __anext__/asend/athrow awaitables.
import types

@types.coroutine
def suspend(v):
    got = yield v
    return got

async def agen():
    r = await suspend("susp-1")
    print("  await returned", repr(r))
    x = yield "first"
    print("  x =", repr(x))
    try:
        yield "second"
    except KeyError as e:
        print("  caught", repr(e))
        yield "after-keyerror"
    yield None

def step(aw, val=None):
    try:
        out = aw.send(val)
        print("suspended with", repr(out))
    except StopIteration as e:
        print("StopIteration:", repr(e), "value", repr(e.value), "args", e.args)
    except StopAsyncIteration as e:
        print("StopAsyncIteration:", repr(e), e.args)

g = agen()
aw = g.__anext__()
step(aw)
step(aw, "resume-val")
step(g.asend("sent-x"))
aw = g.athrow(KeyError("k"))
step(aw)
aw = g.__anext__()
step(aw)
try:
    g.__anext__().throw(ValueError("thrown in"))
except ValueError as e:
    print("throw() on __anext__ propagates:", repr(e))
step(g.__anext__())
step(g.asend(None))
h = agen()
try:
    h.asend(None).throw(TypeError("before start"))
except TypeError as e:
    print("throw before start:", repr(e))
step(h.__anext__())
k = agen()
aw = k.aclose()
try:
    aw.send(None)
except StopIteration as e:
    print("aclose fresh:", repr(e), e.args)

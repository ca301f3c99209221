# throw/close on coroutines in every state: created, suspended, finished;
# exceptions raised from the body, return in finally, close in a finally.
import types
@types.coroutine
def suspend(v=None):
    return (yield v)
async def guarded():
    try:
        await suspend("a")
    except ValueError:
        print("handled")
        await suspend("b")
    finally:
        print("cleanup")
c = guarded()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("created throw:", e)
print(c.close())
c = guarded()
print(c.send(None))
print(c.throw(ValueError))
try:
    c.throw(TypeError("t"))
except TypeError as e:
    print("TypeError:", e)
try:
    c.throw(TypeError("again"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())
c = guarded()
c.send(None)
c.close()
async def fails():
    await suspend()
    raise KeyError("boom")
c = fails()
c.send(None)
try:
    c.send(None)
except KeyError as e:
    print("KeyError:", e)
async def swallow():
    try:
        await suspend()
    finally:
        return "swallowed"
c = swallow()
c.send(None)
try:
    c.throw(ValueError)
except StopIteration as e:
    print("stop:", e.value)

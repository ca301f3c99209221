# Async generator object attributes through its life: ag_running, ag_frame,
# ag_await, __name__/__qualname__, type name, types/inspect checks.
import asyncio, inspect, types

@types.coroutine
def suspend(v):
    yield v

class Box:
    async def items(self):
        yield "m"

async def life():
    await suspend("parked")
    yield 1
    yield 2

def state(g):
    aw = g.ag_await
    return (f"running={g.ag_running} frame={g.ag_frame is not None} "
            f"await={type(aw).__name__ if aw is not None else None}")

g = life()
print("type:", type(g).__name__, type(g) is types.AsyncGeneratorType)
print("names:", g.__name__, g.__qualname__, Box().items().__qualname__)
print("inspect:", inspect.isgenerator(g), inspect.iscoroutine(g), inspect.iscoroutinefunction(life))
print("fresh:", state(g), "line", g.ag_frame.f_lineno)
aw = g.__anext__()
print("step:", aw.send(None))
print("at inner await:", state(g), "line", g.ag_frame.f_lineno)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded:", e.value)
print("at yield:", state(g), "line", g.ag_frame.f_lineno)
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("yielded:", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted:", state(g))
h = life()
try:
    h.aclose().send(None)
except StopIteration:
    print("closed fresh:", state(h))
print("isinstance checks:", isinstance(g, types.AsyncGeneratorType),
      hasattr(g, "__aiter__"), hasattr(g, "__anext__"), hasattr(g, "__iter__"),
      hasattr(g, "__await__"))

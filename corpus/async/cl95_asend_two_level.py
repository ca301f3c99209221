# SEMANTICS checklist 95 (§12 two-level protocol): asend(None).send(None)
# returns the await-level value, `yield v` finishes the awaitable with
# StopIteration(v), and without an event loop (no asyncgen hooks) a dropped
# suspended async generator is closed synchronously.
import types
@types.coroutine
def suspend(v): return (yield v)
async def ag():
    try: got = await suspend("await-level"); yield f"yield-level ({got})"
    finally: print("ag finally")
a = ag(); aw = a.asend(None)
print("send ->", aw.send(None))
try: aw.send("resumed")
except StopIteration as e: print("StopIteration carries the yielded value:", e.value)
del aw, a
print("end")

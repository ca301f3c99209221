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

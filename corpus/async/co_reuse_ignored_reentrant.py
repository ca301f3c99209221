# SEMANTICS §11 example 3: reuse of an awaited coroutine, an await during
# close() (ignored GeneratorExit), a coroutine sending to itself.
import types
@types.coroutine
def suspend(): yield "suspended"
async def awaits(x): await x
async def stubborn():
    try: await suspend()
    except GeneratorExit: await suspend()
async def reentrant(): me.send(None)
i = awaits(suspend()); print(awaits(i).send(None))
try: awaits(i).send(None)
except RuntimeError as e: print("RuntimeError:", e)
c = stubborn(); c.send(None)
try: c.close()
except RuntimeError as e: print("RuntimeError:", e)
me = reentrant()
try: me.send(None)
except ValueError as e: print("ValueError:", e)

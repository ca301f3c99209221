# SEMANTICS §11 example 2: a @types.coroutine generator at the bottom of the
# await chain; getcoroutinestate, cr_await, send forwarding, a handled throw.
# (cr_await's repr is cut before its address, which differs run to run.)
import types, inspect
@types.coroutine
def suspend(v): return (yield v)
async def co():
    try:
        print("co got", await suspend("first")); await suspend("second")
    except ValueError as e: return f"handled {e!r}"
    finally: print("co finally")
c = co()
print(inspect.getcoroutinestate(c), c.send(None), inspect.getcoroutinestate(c), repr(c.cr_await).split(" at 0x")[0])
print(c.send("X"))
try: c.throw(ValueError("t"))
except StopIteration as e: print("StopIteration:", e.value)

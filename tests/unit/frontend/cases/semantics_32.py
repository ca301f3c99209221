import types, inspect
@types.coroutine
def suspend(v): return (yield v)
async def co():
    try:
        print("co got", await suspend("first")); await suspend("second")
    except ValueError as e: return f"handled {e!r}"
    finally: print("co finally")
c = co()
print(inspect.getcoroutinestate(c), c.send(None), inspect.getcoroutinestate(c), c.cr_await)
print(c.send("X"))
try: c.throw(ValueError("t"))
except StopIteration as e: print("StopIteration:", e.value)

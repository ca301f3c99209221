# An exception escaping an await chain: the traceback names every
# coroutine frame, and the exit status is 1.
import types
@types.coroutine
def pause():
    yield
async def inner():
    await pause()
    raise ValueError("deep")
async def outer():
    return await inner()
c = outer()
c.send(None)
c.send(None)

# A coroutine plan: each await is a resume point (like yield from), inside a
# finally region; the @types.coroutine generator at the bottom is a generator.
import types
@types.coroutine
def suspend(v):
    return (yield v)
async def job(n):
    try:
        x = await suspend(n)
    finally:
        print("done")
    return x

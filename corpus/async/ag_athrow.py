# athrow(): caught inside and the agen yields again (athrow's result), caught
# and the agen returns (StopAsyncIteration), not caught (propagates), on a
# never-started agen, on an exhausted agen, with an exception class.
import asyncio

async def resilient():
    i = 0
    while i < 3:
        try:
            yield i
        except ValueError as e:
            await asyncio.sleep(0)
            print("  caught", repr(e))
            yield f"recovered {e}"
        except KeyError:
            print("  KeyError: returning")
            return
        i += 1

async def fragile():
    try:
        yield 1
    finally:
        print("  fragile finally")

async def main():
    g = resilient()
    print("next:", await g.__anext__())
    print("athrow ValueError ->", await g.athrow(ValueError("boom")))
    print("next:", await g.__anext__())
    print("athrow class ->", await g.athrow(ValueError))
    print("next:", await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except StopAsyncIteration as e:
        print("athrow ended agen:", repr(e))
    # CPython 3.11: athrow() on an exhausted agen just returns None
    print("athrow on exhausted ->", repr(await g.athrow(ValueError("late"))))

    f = fragile()
    print("next:", await f.__anext__())
    try:
        await f.athrow(TypeError("uncaught"))
    except TypeError as e:
        print("propagated:", repr(e))
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print("fragile now exhausted")

    n = resilient()
    try:
        await n.athrow(ValueError("fresh"))
    except ValueError as e:
        print("athrow on never-started raises it:", repr(e))
    try:
        await n.__anext__()
    except StopAsyncIteration:
        print("never-started agen is now closed")
    print("athrow on it now ->", repr(await n.athrow(ValueError("again"))))
    print("athrow awaitable type:", type(resilient().athrow(ValueError)).__name__)

asyncio.run(main())

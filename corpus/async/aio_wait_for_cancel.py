# Cancelling a task blocked in wait_for cancels the inner task too, and
# wait_for does not return before the inner task has finished.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0.01)
        print("inner cleanup done")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancellation")
        return "stubborn result"


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled:", t.cancelled())
    # the inner coroutine swallows the cancellation: wait_for returns its result
    print(await asyncio.wait_for(stubborn(), 0.01))


asyncio.run(main())

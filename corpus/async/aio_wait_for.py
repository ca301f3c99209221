# asyncio.wait_for: the result in time, TimeoutError (from CancelledError)
# when late, timeout None, timeout <= 0, and the inner task is cancelled.
import asyncio


async def work(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("work", value, "cancelled")
        raise


async def main():
    print(await asyncio.wait_for(work(0.01, "fast"), timeout=1))
    try:
        await asyncio.wait_for(work(1, "slow"), 0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, repr(e), type(e.__cause__).__name__, e.__suppress_context__)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(work(0.01, "none"), None))
    try:
        await asyncio.wait_for(work(0.01, "zero"), 0)
    except TimeoutError:
        print("timeout 0")
    t = asyncio.create_task(work(0, "done-already"))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))
    t2 = asyncio.create_task(work(1, "task"))
    try:
        await asyncio.wait_for(t2, timeout=0.01)
    except TimeoutError:
        print("task timed out", t2.cancelled())

    async def fails():
        await asyncio.sleep(0.01)
        raise KeyError("inner")

    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print("KeyError", e)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 42)
    print(await asyncio.wait_for(fut, 1))


asyncio.run(main())

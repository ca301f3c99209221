# asyncio.shield keeps the inner task running when the outer wait is
# cancelled; asyncio.timeout() turns the deadline into TimeoutError.
import asyncio


async def job(delay, value):
    await asyncio.sleep(delay)
    print("job finished", value)
    return value


async def main():
    inner = asyncio.create_task(job(0.03, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(job(0, "direct")))
    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.when(), repr(cm))


asyncio.run(main())

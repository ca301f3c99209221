# asyncio.gather: results in argument order whatever the finishing order,
# the first exception propagates, return_exceptions=True collects them,
# an empty gather gives [].
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print("done", v)
    return v


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3, 0.02)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value("x", 0.01), fail("boom", 0))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.02)
    results = await asyncio.gather(fail("a", 0), value("b", 0), fail("c", 0.01), return_exceptions=True)
    print([repr(r) for r in results])
    t = asyncio.create_task(value("task", 0))
    print(await asyncio.gather(t, t, value("coro", 0)))


asyncio.run(main())

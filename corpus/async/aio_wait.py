# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout;
# (done, pending) sets; its argument errors.
import asyncio


async def job(delay, value, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(value)
    return value


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(job(0.01, "a"), name="a")
    b = asyncio.create_task(job(0.05, "b"), name="b")
    c = asyncio.create_task(job(0.1, "c"), name="c")
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending), type(done).__name__)
    done, pending = await asyncio.wait(pending, timeout=0.02)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c])
    print("all:", names(done), names(pending), sorted(t.result() for t in done))
    x = asyncio.create_task(job(0.01, "x", fail=True), name="x")
    y = asyncio.create_task(job(0.05, "y"), name="y")
    done, pending = await asyncio.wait([x, y], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending), repr(x.exception()))
    await y
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], a):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([a], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    coro = job(0, "coro")
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()


asyncio.run(main())

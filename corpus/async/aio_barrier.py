# asyncio.Barrier: rounds, async with, abort, reset while waiting, a cancelled waiter.
import asyncio
import inspect
import functools

async def worker(b, i, log):
    log.append(f"w{i} arrives")
    idx = await b.wait()
    log.append(f"w{i} passes idx={idx}")
    return idx

async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" [")[1], b.parties, b.n_waiting, b.broken)
    log = []
    tasks = [asyncio.create_task(worker(b, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(b).split(" [")[1])
    res = await asyncio.gather(*tasks)
    print(sorted(res), log)
    print(repr(b).split(" [")[1])
    # two rounds with async with
    async def ctx(i):
        async with b as pos:
            return pos
    print(sorted(await asyncio.gather(*(ctx(i) for i in range(6)))))
    # abort breaks waiters
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken:", repr(e), b2.broken)
    print(repr(b2).split(" [")[1])
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("again:", e)
    await b2.reset()
    print(repr(b2).split(" [")[1])
    # reset while waiting
    b3 = asyncio.Barrier(3)
    ts = [asyncio.create_task(b3.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(b3.n_waiting)
    await b3.reset()
    for r in await asyncio.gather(*ts, return_exceptions=True):
        print(type(r).__name__, r)
    print(repr(b3).split(" [")[1], b3.n_waiting)
    # cancellation of a waiter
    b4 = asyncio.Barrier(2)
    t = asyncio.create_task(b4.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", b4.n_waiting, repr(b4).split(" [")[1])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())

# asyncio: tasks interleave in CPython's order: FIFO for ready tasks,
# timers by deadline then by creation; sleep(0) yields one round. Delays
# are 10 ms or more apart so that the order does not depend on load.
import asyncio


async def worker(name, delays, log):
    for d in delays:
        await asyncio.sleep(d)
        log.append((name, d))
    return name.upper()


async def main():
    log = []
    a = asyncio.create_task(worker("a", [0, 0, 0.05], log))
    b = asyncio.create_task(worker("b", [0, 0.03, 0], log))
    c = asyncio.create_task(worker("c", [0.01, 0, 0], log))
    print(a.done(), a.get_name(), b.get_name(), c.get_name())
    print(await a, await b, await c)
    print(log)
    print(a.done(), a.result(), a.cancelled())
    print(await asyncio.sleep(0, "result"), await asyncio.sleep(0.001, result=5))


asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, "direct")))

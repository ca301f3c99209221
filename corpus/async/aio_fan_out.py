# Fan-out/fan-in: a coroutine pipeline of producer tasks gathered by a
# consumer, with exceptions from one branch and results in order; nested
# gathers and tasks awaiting other tasks.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.01 * (5 - i % 5))
    if i == 7:
        raise RuntimeError(f"fetch {i} failed")
    return i * i


async def batch(ids):
    results = await asyncio.gather(*(fetch(i) for i in ids), return_exceptions=True)
    return [r if not isinstance(r, Exception) else f"error: {r}" for r in results]


async def chain(n):
    if n == 0:
        return 0
    inner = asyncio.create_task(chain(n - 1))
    return await inner + n


async def main():
    print(await batch(range(10)))
    print(await asyncio.gather(batch([1, 2]), batch([3]), chain(10)))
    tasks = [asyncio.create_task(fetch(i)) for i in range(5)]
    done_order = []
    for t in tasks:
        t.add_done_callback(lambda t: done_order.append(t.result()))
    print(await asyncio.gather(*tasks))
    print(done_order)


asyncio.run(main())

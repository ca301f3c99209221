# Fan-in: several async-for consumers over their own async generators run
# concurrently under asyncio.gather (round-robin on sleep(0)), plus tasks
# from create_task sharing one queue-like list; results keep gather order.
import asyncio

async def feed(tag, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{tag}{i}"

async def consume(tag, n, log):
    seen = []
    async for item in feed(tag, n):
        log.append(item)
        seen.append(item)
    return tag, len(seen)

async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def timed(tag, delay, log):
    async for i in ticks(3, delay):
        log.append(f"{tag}:{i}")
    return tag

async def main():
    log = []
    res = await asyncio.gather(consume("a", 3, log), consume("b", 1, log),
                               consume("c", 4, log))
    print("results:", res)
    print("interleaving:", log)
    log2 = []
    t1 = asyncio.create_task(timed("slow", 0.05, log2))
    t2 = asyncio.create_task(timed("fast", 0.02, log2))
    print("tasks:", await t1, await t2, isinstance(t1, asyncio.Task))
    print("timed order:", log2)
    fut = asyncio.get_running_loop().create_future()
    async def waiter():
        async for i in feed("w", 2):
            yield i + "/" + str(await fut)
    async def setter():
        await asyncio.sleep(0)
        fut.set_result("F")
        return "set"
    got, s = await asyncio.gather(asyncio.create_task(collect(waiter())), setter())
    print("future-driven:", got, s)

async def collect(it):
    return [x async for x in it]

asyncio.run(main())

# The tutorial's ticker example (seed 000_720d7a3a3c494535): an async
# generator awaiting asyncio.sleep(dt) between yields, consumed by async for.
import asyncio

async def ticker(n, dt=0.1):
    for i in range(n):
        await asyncio.sleep(dt)
        yield i

async def main():
    async for t in ticker(3):
        print(t)
    loop = asyncio.get_running_loop()
    start = loop.time()
    ticks = [t async for t in ticker(4, 0.01)]
    print("ticks:", ticks, "took at least 40 ms:", loop.time() - start >= 0.039)
    print("empty ticker:", [t async for t in ticker(0)])

asyncio.run(main())

# The tutorial's async generator: `ticker` sleeps, then yields; `main`
# consumes it with `async for`; asyncio.run drives it (uncommented here).
import asyncio


async def ticker(n, dt=0.1):
    for i in range(n):
        await asyncio.sleep(dt)
        yield i


async def main():
    async for t in ticker(3):
        print(t)


asyncio.run(main())

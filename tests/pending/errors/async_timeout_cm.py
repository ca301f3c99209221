# asyncio.timeout(): the body's cancellation becomes a TimeoutError at the
# `async with`.
import asyncio

async def step(i):
    await asyncio.sleep(0)
    return i

async def main():
    async with asyncio.timeout(5):
        print(await step(1))
    async with asyncio.timeout(0.01):
        print(await step(2))
        await asyncio.sleep(10)
    print("not reached")

asyncio.run(main())

# An exception raised in an async generator consumed by an async
# comprehension inside a coroutine called from another coroutine.
import asyncio

async def readings(values):
    for v in values:
        await asyncio.sleep(0)
        if v < 0:
            raise ValueError(f"negative reading {v}")
        yield v

async def collect(values):
    return [v async for v in readings(values)]

async def main():
    print(await collect([1, 2]))
    print(await collect([3, -4, 5]))

asyncio.run(main())

# An exception in a task escapes gather and asyncio.run.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise OSError(f"fetch {n} failed")
    return n * 10

async def main():
    print(await asyncio.gather(fetch(0), fetch(1)))
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    print("not reached", results)

asyncio.run(main())

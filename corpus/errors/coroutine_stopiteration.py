# A StopIteration escaping a coroutine becomes RuntimeError (PEP 479).
import asyncio

async def first(items):
    it = iter(items)
    await asyncio.sleep(0)
    return next(it)

async def main():
    print(await first([1, 2]))
    print(await first([]))

asyncio.run(main())

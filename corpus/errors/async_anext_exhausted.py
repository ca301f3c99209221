# anext() on an exhausted async generator raises StopAsyncIteration.
import asyncio

async def two():
    yield 1
    yield 2

async def main():
    g = two()
    print(await anext(g))
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g))

asyncio.run(main())

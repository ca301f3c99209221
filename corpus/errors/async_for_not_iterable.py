# `async for` over a plain list and `async with` on a plain object.
import asyncio

class Plain:
    pass

async def main():
    try:
        async with Plain():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    async for x in [1, 2, 3]:
        print(x)

asyncio.run(main())

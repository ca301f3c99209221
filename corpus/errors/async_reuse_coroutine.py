# Awaiting the same coroutine object twice.
import asyncio

async def compute():
    await asyncio.sleep(0)
    return 42

async def main():
    c = compute()
    print(await c)
    print(await c)

asyncio.run(main())

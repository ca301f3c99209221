# Awaiting something that is not awaitable.
import asyncio

def not_async():
    return 5

async def main():
    print(await asyncio.sleep(0, "fine"))
    value = await not_async()
    print(value)

asyncio.run(main())

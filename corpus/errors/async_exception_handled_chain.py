# Exception chaining across awaits: a handler in a coroutine raises anew.
import asyncio

async def query(key):
    await asyncio.sleep(0)
    return {"a": 1}[key]

async def get(key):
    try:
        return await query(key)
    except KeyError as e:
        raise LookupError(f"no row for {key!r}") from e

async def main():
    print(await get("a"))
    print(await get("b"))

asyncio.run(main())

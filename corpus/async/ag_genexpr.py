# Async generator expressions: (x * 2 async for x in agen()) is an
# async_generator consumed by async for / anext; laziness, await inside,
# a sync source with await in the element, names and aclose.
import asyncio, types

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        print(f"  agen yields {i}")
        yield i

async def inc(x):
    return x + 1

async def main():
    ge = (x * 2 async for x in agen(3))
    print("type:", type(ge).__name__, isinstance(ge, types.AsyncGeneratorType))
    print("name:", ge.__name__, ge.__qualname__)
    print("created, nothing ran yet")
    async for v in ge:
        print("got", v)
    print("exhausted:", await anext(ge, "end"))
    aw = (await inc(x) for x in [10, 20])
    print("await makes it async:", type(aw).__name__)
    print([v async for v in aw])
    filt = (x async for x in agen(6) if x % 2)
    print("anext:", await anext(filt))
    print("anext:", await anext(filt))
    await filt.aclose()
    print("after aclose:", await anext(filt, "closed"))
    nested = ((a, b) async for a in agen(2) for b in "xy")
    print("nested:", [p async for p in nested])
    try:
        for v in (x async for x in agen(1)):
            pass
    except TypeError as e:
        print("sync for:", e)

asyncio.run(main())

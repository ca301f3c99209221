# anext(agen) and anext(agen, default), aiter(agen) returns the agen itself,
# and the TypeErrors of anext()/aiter() on objects that are not async iterators.
import asyncio

async def two():
    yield "one"
    await asyncio.sleep(0)
    yield "two"

async def main():
    g = two()
    print("aiter is self:", aiter(g) is g, g.__aiter__() is g)
    print("anext:", await anext(g))
    print("anext default:", await anext(g, "dflt"))
    print("past end with default:", await anext(g, "dflt"))
    print("again with default:", await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("anext past end:", repr(e))

    h = two()
    aw = anext(h, "d")
    print("anext(g, default) awaitable:", type(aw).__name__)
    print("value:", await aw)
    print("anext(g) awaitable:", type(anext(h)).__name__ == type(h.__anext__()).__name__)

    for bad in (1, [1, 2], "s"):
        try:
            anext(bad)
        except TypeError as e:
            print("anext TypeError:", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter TypeError:", e)
    try:
        anext(two)
    except TypeError as e:
        print("anext on function:", e)
    out = []
    it = aiter(two())
    while True:
        v = await anext(it, StopAsyncIteration)
        if v is StopAsyncIteration:
            break
        out.append(v)
    print("loop by hand:", out)

asyncio.run(main())

# Using an async generator as a sync iterator or an awaitable: plain for,
# iter(), next(), list(), await agen, async for over a plain generator.
import asyncio

async def agen():
    yield 1

def gen():
    yield 1

async def main():
    g = agen()
    try:
        for x in g:
            print("never", x)
    except TypeError as e:
        print("for:", e)
    for label, fn in (("iter", iter), ("next", next), ("list", list), ("len", len)):
        try:
            fn(g)
        except TypeError as e:
            print(label + ":", e)
    try:
        await g
    except TypeError as e:
        print("await:", e)
    try:
        async for x in gen():
            print("never", x)
    except TypeError as e:
        print("async for over generator:", e)
    try:
        async for x in agen:
            print("never", x)
    except TypeError as e:
        print("async for over function:", e)
    lst = [1, 2]
    try:
        [x async for x in lst]
    except TypeError as e:
        print("async comprehension over list:", e)
    print("still usable:", [x async for x in g])

asyncio.run(main())

# Manual driving inside asyncio.run: __anext__() and asend(v) with
# `x = yield v`, asend(None) == __anext__, StopAsyncIteration at exhaustion
# and on every later call, the awaitable's type name.
import asyncio

async def echo():
    print("  started")
    total = 0
    while True:
        x = yield total
        await asyncio.sleep(0)
        print("  received", repr(x))
        if x is None:
            continue
        if x == "stop":
            print("  stopping")
            return
        total += x

async def main():
    g = echo()
    aw = g.__anext__()
    print("awaitable type:", type(aw).__name__)
    print("first:", await aw)
    print("asend 5 ->", await g.asend(5))
    print("asend 7 ->", await g.asend(7))
    print("anext ->", await g.__anext__())
    print("asend None ->", await g.asend(None))
    aw2 = g.asend(10)
    print("asend awaitable type:", type(aw2).__name__)
    print("asend 10 ->", await aw2)
    try:
        await g.asend("stop")
    except StopAsyncIteration as e:
        print("exhausted:", repr(e), e.args)
    for i in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print("again:", repr(e))
    try:
        await g.asend(1)
    except StopAsyncIteration as e:
        print("asend after end:", repr(e))

    async def first_asend():
        v = yield "a"
        print("  first_asend got", v)
        v = yield "b"
        print("  first_asend got", v)
    h = first_asend()
    print("asend None on fresh ->", await h.asend(None))
    print("asend 1 ->", await h.asend(1))
    try:
        await h.asend(2)
    except StopAsyncIteration:
        print("first_asend exhausted")

asyncio.run(main())

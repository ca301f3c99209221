# Reusing a finished awaitable: "cannot reuse already awaited __anext__()/
# asend()" and "cannot reuse already awaited aclose()/athrow()", via send()
# and via throw(), after it finished normally and after it raised.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught"

def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except StopIteration as e:
        print(label, "StopIteration", repr(e.value))
    except (RuntimeError, StopAsyncIteration, ValueError) as e:
        print(label, type(e).__name__, e)

async def main():
    g = agen()
    aw = g.__anext__()
    print("awaited:", await aw)
    show("anext send again", lambda: aw.send(None))
    show("anext throw again", lambda: aw.throw(ValueError("v")))
    try:
        await aw
    except RuntimeError as e:
        print("await again:", e)
    aw2 = g.asend(None)
    print("asend awaited:", await aw2)
    show("asend send again", lambda: aw2.send(None))
    aw3 = g.athrow(ValueError)
    print("athrow awaited:", await aw3)
    show("athrow send again", lambda: aw3.send(None))
    show("athrow throw again", lambda: aw3.throw(ValueError("v")))
    aw4 = g.aclose()
    print("aclose awaited:", repr(await aw4))
    show("aclose send again", lambda: aw4.send(None))
    aw5 = g.__anext__()
    try:
        await aw5
    except StopAsyncIteration:
        print("exhausted anext raised StopAsyncIteration")
    show("exhausted anext send again", lambda: aw5.send(None))
    h = agen()
    aw6 = h.aclose()
    await aw6
    try:
        await aw6
    except RuntimeError as e:
        print("await aclose again:", e)
    aw7 = agen().__anext__()
    aw7.close()
    show("closed anext awaitable send", lambda: aw7.send(None))

asyncio.run(main())

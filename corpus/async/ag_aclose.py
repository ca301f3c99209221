# aclose(): finally runs (and may await), second aclose is a no-op, aclose
# of a never-started agen (body never runs), of an exhausted agen, an agen
# that catches GeneratorExit and returns, and a finally that raises.
import asyncio

async def worker(tag):
    print(f"  {tag} start")
    try:
        yield 1
        yield 2
    finally:
        print(f"  {tag} finally, awaiting")
        await asyncio.sleep(0)
        print(f"  {tag} finally done")

async def catcher():
    try:
        yield "x"
    except GeneratorExit as e:
        print("  caught", repr(e), type(e).__mro__[1].__name__)
        raise

async def bad_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

async def main():
    g = worker("g")
    print("next:", await g.__anext__())
    print("aclose ->", repr(await g.aclose()))
    print("second aclose ->", repr(await g.aclose()))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("anext after aclose: StopAsyncIteration")

    n = worker("never")
    print("aclose never-started ->", repr(await n.aclose()))
    try:
        await n.__anext__()
    except StopAsyncIteration:
        print("never-started: body did not run")

    e = worker("e")
    async for v in e:
        print("item", v)
    print("aclose exhausted ->", repr(await e.aclose()))

    c = catcher()
    await c.__anext__()
    print("aclose catcher ->", repr(await c.aclose()))

    b = bad_finally()
    await b.__anext__()
    try:
        await b.aclose()
    except ValueError as ex:
        print("aclose raised:", repr(ex))
    print("aclose awaitable type:", type(worker("t").aclose()).__name__)

asyncio.run(main())

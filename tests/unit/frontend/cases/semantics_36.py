import asyncio
async def stubborn():
    try: yield 1
    except GeneratorExit: yield 2
async def raises(exc): yield 1; raise exc
async def slow(): await asyncio.sleep(0.01); yield 1
async def main():
    a, b, c, s = stubborn(), raises(StopIteration("x")), raises(StopAsyncIteration()), slow()
    await anext(a); await anext(b); await anext(c)
    t = asyncio.ensure_future(anext(s)); await asyncio.sleep(0)
    for op in (a.aclose, b.__anext__, c.__anext__, s.__anext__, s.aclose, lambda: s.athrow(ValueError)):
        try: await op()
        except RuntimeError as e: print(f"RuntimeError: {e}" + (f" | cause: {e.__cause__!r}" if e.__cause__ else ""))
    print("task result:", await t)
    for aw in (slow().asend(None), s.aclose()):
        await aw
        try: await aw
        except RuntimeError as e: print("RuntimeError:", e)
asyncio.run(main())

# try/except/finally and `async with` inside async generators: the context
# manager's __aexit__ runs on exhaustion, on break (via aclose), on an
# exception thrown in, and sees the exception type.
import asyncio

class CM:
    def __init__(self, tag): self.tag = tag
    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"  enter {self.tag}")
        return self.tag.upper()
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print(f"  exit {self.tag} with {et.__name__ if et else None}")
        return et is KeyError

async def guarded(tag, n):
    try:
        async with CM(tag) as name:
            for i in range(n):
                yield f"{name}{i}"
        print(f"  {tag} after with")
    except ValueError as e:
        print(f"  {tag} except {e!r}")
        yield "handled"
    finally:
        print(f"  {tag} finally")

async def main():
    print([x async for x in guarded("a", 2)])
    g = guarded("b", 5)
    async for x in g:
        print("got", x)
        break
    await g.aclose()
    print("b closed")
    g = guarded("c", 5)
    print(await anext(g))
    g2 = guarded("d", 5)
    await anext(g2)
    try:
        await g2.athrow(KeyError("k"))
    except StopAsyncIteration:
        print("d: KeyError suppressed by __aexit__, agen finished")
    g3 = guarded("e", 5)
    await anext(g3)
    print("e athrow ValueError ->", await g3.athrow(ValueError("v")))
    print("e then:", await anext(g3, "exhausted"))
    await g.aclose()

asyncio.run(main())

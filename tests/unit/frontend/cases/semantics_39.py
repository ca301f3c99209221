import asyncio
class Ticker:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i == self.n: raise StopAsyncIteration
        self.i += 1; return self.i
class NoAnext: __aiter__ = lambda self: 1
class BadAnext: __aiter__ = lambda self: self; __anext__ = lambda self: 5
async def main():
    async for t in Ticker(2): print("tick", t)
    else: print("else ran")
    for obj in (5, NoAnext(), BadAnext()):
        try:
            async for _ in obj: pass
        except TypeError as e: print("TypeError:", e)
asyncio.run(main())

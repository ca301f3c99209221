# async for in a coroutine: __aiter__/__anext__ with an awaited step that
# suspends, StopAsyncIteration ends the loop, else/break/continue, nested
# loops, exceptions, and the protocol TypeErrors.
import types
@types.coroutine
def tick(v):
    got = yield v
    return got
class Counter:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await tick(f"next {self.i}")
        return self.i
class Plain:
    def __aiter__(self): return self
    def __anext__(self): return Awaitable()
class Awaitable:
    def __await__(self):
        raise StopAsyncIteration
        yield
class BadIter:
    def __aiter__(self): return 5
class BadNext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def loops():
    total = 0
    async for i in Counter(3):
        total += i
    else:
        print("else ran", total)
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("item", i)
    else:
        print("not printed")
    async for i in Counter(2):
        async for j in Counter(2):
            print("pair", i, j)
    async for x in Plain():
        print("never")
    try:
        async for i in Counter(3):
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
    return total
def run(c):
    n = 0
    try:
        v = c.send(None)
        while True:
            n += 1
            v = c.send(n)
    except StopIteration as e:
        print("result", e.value, "after", n, "suspensions")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
run(loops())
async def over(x):
    async for i in x:
        pass
run(over(3)); run(over(BadIter())); run(over(BadNext()))

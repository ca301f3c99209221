# async with in a coroutine: __aenter__/__aexit__ awaited (each may suspend),
# the exception passed to __aexit__, suppression by a true result, return and
# break through the block, and the protocol TypeErrors.
import types
@types.coroutine
def tick(v):
    got = yield v
    return got
class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("aenter", self.name, await tick(f"enter {self.name}"))
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None, v, await tick(f"exit {self.name}"))
        return self.suppress
class SyncExit:
    def __aenter__(self):
        return tick("plain")
    def __aexit__(self, *a):
        return tick("plain exit")
class OnlyEnter:
    async def __aenter__(self): pass
async def body():
    async with Manager("a") as a, Manager("b") as b:
        print("inside", a, b, await tick("body"))
    async with Manager("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("r"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                break
    async with SyncExit() as x:
        print("sync methods", x)
    async with Manager("ret"):
        return "returned"
def run(c):
    n = 0
    try:
        v = c.send(None)
        while True:
            print("  yielded", v)
            n += 1
            v = c.send(n)
    except StopIteration as e:
        print("result", e.value)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
run(body())
async def bad(m):
    async with m:
        pass
run(bad(5))
run(bad(OnlyEnter()))

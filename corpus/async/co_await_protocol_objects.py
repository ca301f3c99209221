# await on user objects: __await__ as a generator method, __await__ returning
# an iterator, a coroutine's own __await__ wrapper, and the type errors.
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        print("Ready.__await__")
        got = yield ("ready", self.v)
        return got * 2
class IterAwait:
    def __await__(self):
        return iter([1, 2])
class CoroAwait:
    def __await__(self):
        return job()
class NoAwait:
    pass
async def job():
    return 1
async def use(x):
    return await x
def drive(c):
    try:
        v = c.send(None)
        while True:
            print("yielded", v)
            v = c.send(10)
    except StopIteration as e:
        print("result", e.value)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
drive(use(Ready(5)))
drive(use(IterAwait()))
drive(use(CoroAwait()))
drive(use(NoAwait()))
drive(use(job))
w = job().__await__()
print(type(w).__name__)
try:
    w.send(None)
except StopIteration as e:
    print("wrapper result", e.value)

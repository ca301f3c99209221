# await (and yield) in the first manager of a with/async with statement: it is
# evaluated, suspending, before the statement enters it.
import types
@types.coroutine
def tick(v):
    return (yield v)
class M:
    def __init__(self, n): self.n = n
    async def __aenter__(self): return self.n
    async def __aexit__(self, *a): print("aexit", self.n)
    def __enter__(self): return self.n
    def __exit__(self, *a): print("exit", self.n)
async def mk(n): return M(await tick(n))
async def f():
    async with await mk(1) as m:
        print("async with", m)
    with M(await tick(2)) as m:
        print("with", m)
def g():
    with (yield "manager?") as m:
        print("g with", m)
c = f()
try:
    v = c.send(None)
    while True:
        print("yielded", v)
        v = c.send(v)
except StopIteration:
    pass
it = g()
print(next(it))
try:
    it.send(M(3))
except StopIteration:
    print("g done")

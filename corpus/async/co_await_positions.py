# await in expression positions, loops, conditions, try/except/finally and
# with bodies, nested calls and containers.
import types
@types.coroutine
def tick(v):
    got = yield v
    return v if got is None else got
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
async def f(n):
    total = 0
    for i in range(n):
        total += await tick(i)
    while await tick(total) > 100:
        total -= 100
    d = {"a": await tick(1), "b": [await tick(2), await tick(3)]}
    s = f"{await tick('x')}-{await tick('y')}"
    if await tick(True) and not await tick(False):
        print("cond ok")
    x = max(await tick(4), await tick(5)) + (await tick(6)) * 2
    try:
        await tick("in try")
        raise ValueError(await tick("v"))
    except ValueError as e:
        print("caught", e, await tick("in except"))
    finally:
        print("finally", await tick("in finally"))
    with CM():
        await tick("in with")
    return total, d, s, x
c = f(4)
out = []
try:
    v = c.send(None)
    while True:
        out.append(v)
        v = c.send(None)
except StopIteration as e:
    print("result", e.value)
print(out)

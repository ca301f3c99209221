# SEMANTICS §11 example 1: send/next/iter on a coroutine, reuse after it
# finished, StopIteration leaking from the body, awaiting non-awaitables.
def show(f):
    try:
        print("->", f())
    except BaseException as e:
        print(f"{type(e).__name__}: {e}")

async def seven(): return 7
async def leaks(): raise StopIteration("x")
async def awaits(x): return await x
c = seven()
show(lambda: c.send(1)); show(lambda: next(c)); show(lambda: iter(c))
show(lambda: c.send(None)); show(lambda: c.send(None)); show(lambda: c.throw(ValueError)); show(c.close)
show(lambda: leaks().send(None)); show(lambda: awaits(5).send(None)); show(lambda: awaits(None).send(None))
class Bad:
    def __await__(self): return 5
show(lambda: awaits(Bad()).send(None))

# "already running" RuntimeErrors: a second __anext__/asend/athrow/aclose
# while the agen is suspended at an inner await (by hand and in two tasks),
# ag_running during that time, and re-entry from inside the agen's own body.
import asyncio, types

@types.coroutine
def suspend():
    yield "inner"

async def agen():
    await suspend()
    yield 1
    yield 2

def attempt(label, make):
    try:
        aw = make()
        aw.send(None)
        print(label, "no error")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    except StopIteration as e:
        print(label, "StopIteration", repr(e.value))

g = agen()
first = g.__anext__()
print("suspended at:", first.send(None))
print("ag_running:", g.ag_running)
attempt("anext", g.__anext__)
attempt("asend", lambda: g.asend(None))
attempt("athrow", lambda: g.athrow(ValueError))
attempt("aclose", g.aclose)
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value, "ag_running:", g.ag_running)
attempt("anext now", g.__anext__)

async def selfish():
    yield 1
    try:
        me.__anext__().send(None)
    except RuntimeError as e:
        print("  inside own body:", e)
    yield 2
me = selfish()
attempt("selfish 1", me.__anext__)
attempt("selfish 2", me.__anext__)

async def slow():
    await asyncio.sleep(0)
    yield "slow"

async def main():
    s = slow()
    async def take(tag):
        try:
            print(tag, "got", await anext(s))
        except RuntimeError as e:
            print(tag, "RuntimeError:", e)
    await asyncio.gather(take("t1"), take("t2"))
asyncio.run(main())

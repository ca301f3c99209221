# SEMANTICS checklist 39: `yield from` a coroutine inside a plain generator is
# a TypeError; a @types.coroutine generator may delegate to a coroutine.
import types
async def job():
    return "job"
def plain():
    yield from job()
@types.coroutine
def bridge():
    r = yield from job()
    print("bridge got", r)
    yield "bridged"
g = plain()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
print(next(bridge()))

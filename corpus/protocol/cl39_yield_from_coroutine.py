import types

async def coro():
    return 1

def gen():
    yield from coro()

g = gen()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)

@types.coroutine
def legacy():
    r = yield from coro_wrapper()
    return r

async def coro_wrapper():
    return 5

c = legacy()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

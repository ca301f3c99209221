# cpython-error
async def f(x):
    yield from x

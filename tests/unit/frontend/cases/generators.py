def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    y = yield from other()
    yield from (x for x in range(3))
    z = (yield 1) + (yield 2)
    print((yield))
    return x
async def agen():
    yield 1
    await asyncio.sleep(0)
    async for x in aiter():
        yield x
    async with lock:
        pass
    result = await gather(*tasks)
    return_value = [await t for t in tasks]
def send_demo():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

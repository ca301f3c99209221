import asyncio
async def agen(n):
    for i in range(n): yield i
async def main():
    print([x * 10 async for x in agen(3)], {x async for x in agen(2)}, {x: -x async for x in agen(2)})
    g = (x async for x in agen(2)); print(type(g).__name__, [y async for y in g])
    print([await asyncio.sleep(0, r) for r in "ab"])
    try:
        for x in agen(1): pass
    except TypeError as e: print("TypeError:", e)
asyncio.run(main())

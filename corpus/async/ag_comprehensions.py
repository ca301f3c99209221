# Async comprehensions: list/set/dict forms over an agen, with if-clauses,
# await in the element and in the condition, nested async/sync for, and an
# async comprehension inside a sync one's element.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def is_even(x):
    return x % 2 == 0

async def main():
    print("list:", [x async for x in agen(5)])
    print("if:", [x async for x in agen(10) if x % 3 == 0])
    print("set:", sorted({x % 3 async for x in agen(7)}))
    print("dict:", {x: x * x async for x in agen(4)})
    print("await elt:", [await double(x) async for x in agen(4)])
    print("await if:", [x async for x in agen(7) if await is_even(x)])
    print("nested:", [(x, y) async for x in agen(3) for y in range(x)])
    print("nested2:", [(x, y) async for x in agen(2) async for y in agen(2)])
    print("await over list:", [await double(x) for x in [5, 6]])
    print("inner:", [[y async for y in agen(x)] for x in range(3)])
    print("dict await:", {str(x): await double(x) async for x in agen(3) if x})
    g = agen(3)
    first = [x async for x in g]
    second = [x async for x in g]
    print("reused agen:", first, second)
    try:
        [1 / (x - 2) async for x in agen(5)]
    except ZeroDivisionError as e:
        print("error in comprehension:", e)
    x = "outer"
    [x async for x in agen(2)]
    print("scope unchanged:", x)

asyncio.run(main())

# An async generator pipeline: source -> map (async for inside) -> filter ->
# consumer, with awaits at every stage; shows the interleaving of stages.
import asyncio

async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        print(f"  source {i}")
        yield i

async def square(it):
    async for x in it:
        print(f"  square {x}")
        yield x * x

async def keep_odd(it):
    async for x in it:
        if x % 2:
            await asyncio.sleep(0)
            yield x
        else:
            print(f"  drop {x}")

async def running_sum(it):
    total = 0
    async for x in it:
        total += x
        yield total

async def main():
    out = []
    async for t in running_sum(keep_odd(square(source(6)))):
        print("total", t)
        out.append(t)
    print(out)
    # pipeline of genexprs over an agen
    evens = (x async for x in source(4) if x % 2 == 0)
    doubled = (y * 10 async for y in evens)
    print([z async for z in doubled])

asyncio.run(main())

# async for over async generators with awaits inside: plain loop, else
# clause (taken / skipped by break), continue, nested loops, empty agen.
import asyncio

async def count(n, tag):
    for i in range(n):
        await asyncio.sleep(0)
        print(f"  {tag} yields {i}")
        yield i
        print(f"  {tag} resumed after {i}")
    print(f"  {tag} done")

async def empty():
    if False:
        yield 0
    await asyncio.sleep(0)
    print("  empty body ran")

async def main():
    print("plain")
    async for x in count(3, "a"):
        print("got", x)
    print("else taken")
    async for x in count(2, "b"):
        print("got", x)
    else:
        print("else ran")
    print("break")
    async for x in count(5, "c"):
        if x == 2:
            print("breaking at", x)
            break
        print("got", x)
    else:
        print("else must not run")
    print("continue")
    total = 0
    async for x in count(4, "d"):
        if x % 2:
            continue
        total += x
        print("even", x)
    print("total", total)
    print("nested")
    async for x in count(2, "outer"):
        async for y in count(2, "inner"):
            print("pair", x, y)
    print("empty")
    async for x in empty():
        print("never", x)
    else:
        print("empty else")
    return "main done"

print(asyncio.run(main()))

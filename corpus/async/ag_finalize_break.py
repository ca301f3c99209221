# Breaking out of async for drops the agen; asyncio's finalizer hook then
# schedules aclose() as a task, so its finally runs on a later loop
# iteration: the prints around each sleep(0) show exactly when.
import asyncio, sys

async def stream(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"  {tag} finally start")
        await asyncio.sleep(0)
        print(f"  {tag} finally end")

async def main():
    print("hooks set:", [h is not None for h in sys.get_asyncgen_hooks()])
    async for x in stream("A"):
        if x == 1:
            break
    print("after break")
    for i in range(4):
        await asyncio.sleep(0)
        print("after sleep", i)
    g = stream("B")
    async for x in g:
        break
    print("B still referenced")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("dropping B")
    del g
    for i in range(4):
        await asyncio.sleep(0)
        print("after sleep", i)
    c = stream("C")
    async for x in c:
        break
    await c.aclose()
    print("C closed explicitly")

print("hooks outside loop:", sys.get_asyncgen_hooks())
asyncio.run(main())
print("hooks after run:", sys.get_asyncgen_hooks())

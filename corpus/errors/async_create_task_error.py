# Awaiting a task that failed re-raises its exception with its frames.
import asyncio

async def worker(name, fail):
    print("worker", name, "start")
    await asyncio.sleep(0)
    if fail:
        raise RuntimeError(f"worker {name} crashed")
    return name

async def main():
    ok = asyncio.create_task(worker("a", False))
    bad = asyncio.create_task(worker("b", True))
    print(await ok)
    print(await bad)

asyncio.run(main())

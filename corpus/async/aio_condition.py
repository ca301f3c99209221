# asyncio.Condition: wait/notify/notify_all/wait_for, and its errors.
import asyncio


async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0.01)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    woken = []

    async def sleeper(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    ts = [asyncio.create_task(sleeper(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("woken", woken, cond.locked())


asyncio.run(main())

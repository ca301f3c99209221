# asyncio.Event: waiters block until set(), all wake in order; clear();
# wait() on a set event returns at once.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("late waiter cancelled")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    await ev.wait()
    print("set by a timer")
    print(type(ev).__name__, type(ev).__module__)


asyncio.run(main())

# Messages and reprs of the asyncio primitives, and their use through
# create_task on their coroutines.
import asyncio


async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    q = asyncio.Queue(3)
    sem = asyncio.BoundedSemaphore(2)
    for obj in (lock, ev, sem):
        r = repr(obj)
        print(r[:r.index(" at ")], r[r.index("["):])
    print(str(q))
    q.put_nowait([1, 2])
    print(str(q))
    ev.set()
    r = repr(ev)
    print(r[r.index("["):])
    c = lock.acquire()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock.release()
    t = asyncio.create_task(q.get())
    print(await t)
    for name in ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Queue", "PriorityQueue",
                 "LifoQueue", "QueueEmpty", "QueueFull"):
        print(name, getattr(asyncio, name).__module__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print(repr(e), repr(e.__cause__))


asyncio.run(main())

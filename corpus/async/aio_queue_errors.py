# QueueEmpty, QueueFull, task_done() too many times, and the queue kinds.
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__name__, isinstance(e, Exception))
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.QueueEmpty.__name__, asyncio.QueueFull.__name__)
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in [5, 1, 4, 1, 3, 9, 2]:
        lifo.put_nowait(x)
        prio.put_nowait((x, str(x)))
    print([lifo.get_nowait() for _ in range(lifo.qsize())])
    print([prio.get_nowait() for _ in range(prio.qsize())])
    unbounded = asyncio.Queue(0)
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    neg = asyncio.Queue(maxsize=-1)
    neg.put_nowait(1)
    print(neg.full(), neg.maxsize)
    # get() on an empty queue waits for a put from another task
    async def later():
        await asyncio.sleep(0.01)
        q.put_nowait("late")
    t = asyncio.create_task(later())
    print("waiting")
    print("got", await q.get())
    await t


asyncio.run(main())

# asyncio.Queue with maxsize: put() blocks while the queue is full, get()
# while it is empty; join() waits for task_done() on every item.
import asyncio


async def producer(q, n):
    for i in range(n):
        print("put", i, "qsize", q.qsize(), "full", q.full())
        await q.put(i)
    print("producer done")


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    print(str(q))
    c = asyncio.create_task(consumer(q, "c1"))
    await producer(q, 6)
    print("joining with", q.qsize(), "left")
    await q.join()
    print("joined", q.empty(), str(q))
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled")
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i * 10)
    print(str(q2), q2.full())
    print([q2.get_nowait() for _ in range(3)])


asyncio.run(main())

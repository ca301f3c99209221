# asyncio.Semaphore limits concurrency; BoundedSemaphore refuses an extra
# release; the initial value's check.
import asyncio

running = 0
peak = 0


async def task(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print("start", i, "running", running)
        # end times 20, 40, 70, 80, 100, 130 ms: never closer than 10 ms
        await asyncio.sleep([0.02, 0.07, 0.02, 0.04, 0.06, 0.02][i])
        running -= 1
        print("end", i)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(task(sem, i) for i in range(6)))
    print("peak", peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    s.release()
    print(s.locked(), await s.acquire(), await s.acquire(), s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    r = repr(asyncio.Semaphore(3))
    print(r[r.index("["):])
    print(isinstance(b, asyncio.Semaphore), type(b).__name__)


asyncio.run(main())

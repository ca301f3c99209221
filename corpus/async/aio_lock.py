# asyncio.Lock: contention in FIFO order, `async with`, locked(),
# release of an unlocked lock, and the repr's state.
import asyncio


async def worker(lock, name, log):
    async with lock:
        log.append(name + " in")
        print(name, "holds the lock", lock.locked())
        await asyncio.sleep(0.01)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).endswith("[unlocked]>"), repr(lock).startswith("<asyncio.locks.Lock object at 0x"))
    log = []
    await asyncio.gather(*(worker(lock, f"w{i}", log) for i in range(4)))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    r = repr(lock)
    print(r[r.index("["):])
    lock.release()
    print(await t, lock.locked())
    lock.release()
    # a cancelled waiter does not take the lock
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    b = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    a.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(a.cancelled(), b.done(), lock.locked())
    print(await b, lock.locked())
    lock.release()
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, lock.locked())


asyncio.run(main())

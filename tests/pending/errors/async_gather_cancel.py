# A task cancelled while a gather waits for it makes gather raise
# CancelledError.
import asyncio

async def job(i):
    await asyncio.sleep(i * 0.01)
    return i

async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(5))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    print(await g)

asyncio.run(main())

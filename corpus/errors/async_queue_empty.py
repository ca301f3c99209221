# get_nowait on an empty asyncio.Queue raises QueueEmpty.
import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait("job")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    bounded = asyncio.Queue(maxsize=1)
    bounded.put_nowait(1)
    bounded.put_nowait(2)

asyncio.run(main())

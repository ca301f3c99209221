# Reading the result of a pending Future raises InvalidStateError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done())
    fut.set_result(7)
    print(fut.result())
    other = loop.create_future()
    print(other.result())

asyncio.run(main())

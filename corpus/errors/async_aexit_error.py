# An error raised by __aexit__ while the body's error propagates.
import asyncio

class Conn:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("closing after", et.__name__)
        raise OSError("close failed")

async def main():
    async with Conn():
        raise ValueError("query failed")

asyncio.run(main())

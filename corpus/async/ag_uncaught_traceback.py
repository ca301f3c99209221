# An exception raised inside an async generator propagates through async for
# and asyncio.run uncaught: exit status 1, traceback ends with the error.
import asyncio

async def numbers():
    try:
        for i in range(3):
            await asyncio.sleep(0)
            if i == 2:
                raise ZeroDivisionError("bad item " + str(i))
            yield i
    finally:
        print("numbers finally")

async def main():
    async for x in numbers():
        print("got", x)
    print("not reached")

asyncio.run(main())

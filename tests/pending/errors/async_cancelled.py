# Awaiting a cancelled task raises CancelledError out of asyncio.run.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    finally:
        print("sleeper cleanup")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested")
    await t

asyncio.run(main())

# asyncio.wait_for turns the cancellation of a slow operation into a
# TimeoutError chained to the CancelledError.
import asyncio

async def slow():
    await asyncio.sleep(10)
    return "slow result"

async def quick():
    return "quick result"

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(slow(), timeout=0.01))

asyncio.run(main())

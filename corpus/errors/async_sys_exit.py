# sys.exit inside a coroutine: SystemExit leaves asyncio.run with status 4,
# the task's finally runs, no traceback.
import asyncio
import sys

async def service():
    try:
        await asyncio.sleep(0)
        print("shutting down")
        sys.exit(4)
    finally:
        print("service finally")

async def main():
    await service()
    print("not reached")

asyncio.run(main())

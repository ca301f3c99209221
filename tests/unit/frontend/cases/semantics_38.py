import asyncio
async def ag(name):
    try: yield 1; yield 2
    finally: print("finally", name)
async def main():
    async for x in ag("abandoned"): break
    print("after break"); await asyncio.sleep(0)
    print("after sleep 1"); await asyncio.sleep(0)
    print("after sleep 2")
    global keep
    keep = ag("kept"); await anext(keep)
    print("main returns")
asyncio.run(main())
print("after asyncio.run")

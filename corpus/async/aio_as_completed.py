# asyncio.as_completed: results in completion order, exceptions raised at
# the await, and TimeoutError for those not done in time.
import asyncio


async def job(delay, value):
    await asyncio.sleep(delay)
    if value == "bad":
        raise RuntimeError("bad job")
    return value


async def main():
    tasks = [asyncio.create_task(job(d, v)) for d, v in [(0.05, "slow"), (0.01, "fast"), (0.03, "mid")]]
    for aw in asyncio.as_completed(tasks):
        print(await aw)
    jobs = [asyncio.create_task(job(0.02, "bad")), asyncio.create_task(job(0.01, "ok"))]
    for aw in asyncio.as_completed(jobs):
        try:
            print("result", await aw)
        except RuntimeError as e:
            print("error", e)
    late = [asyncio.create_task(job(0.01, "in time")), asyncio.create_task(job(1, "too late"))]
    got = []
    try:
        for aw in asyncio.as_completed(late, timeout=0.05):
            got.append(await aw)
    except asyncio.TimeoutError:
        print("timed out after", got)
    late[1].cancel()
    it = asyncio.as_completed([])
    print(list(it))
    try:
        next(asyncio.as_completed(tasks[0]))
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())

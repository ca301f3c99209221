# Task.cancel: CancelledError is raised at the await, finally blocks run,
# a task may catch it, cancelled() and result() report it, and
# asyncio.run cancels the tasks left when main returns.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn caught the cancellation")
    return "kept going"


async def forgotten():
    try:
        await asyncio.sleep(10)
    finally:
        print("forgotten task cleaned up by asyncio.run")


async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    u = asyncio.create_task(sleeper("u"))
    u.cancel("with a message")
    try:
        await u
    except asyncio.CancelledError as e:
        print("message:", e.args)
    asyncio.create_task(forgotten())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")

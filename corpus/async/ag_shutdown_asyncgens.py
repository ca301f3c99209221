# An agen left suspended when main returns is closed by asyncio.run's
# shutdown_asyncgens (after main returns, before run returns; only one, as
# the loop's set of agens is unordered); finished/never-started ones are not.
import asyncio

async def held(tag):
    try:
        print(f"  {tag} started")
        yield 1
        yield 2
    finally:
        print(f"  {tag} finally")
        await asyncio.sleep(0)
        print(f"  {tag} finally after await")

keep = []

async def main():
    a = held("a")
    print("a first:", await anext(a))
    b = held("b")
    print("b first:", await anext(b))
    print("b second:", await anext(b))
    print("b exhausted:", await anext(b, "end"))
    keep.extend([a, b, held("never")])
    print("main returning")
    return "result"

print("run returned", asyncio.run(main()))
print("after run, a frame:", keep[0].ag_frame, "never frame:", keep[2].ag_frame is not None)

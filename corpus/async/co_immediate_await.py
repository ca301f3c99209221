# Awaits of coroutines that cannot suspend (no await of their own) run them
# to their end at once; everything observable stays as CPython has it.
import asyncio


async def add(x, k=10):
    return x * k + 1


async def boom(n):
    if n > 1:
        raise ValueError(f"boom {n}")
    return n


async def leaks():
    raise StopIteration("leaked")


async def handled():
    import sys
    return repr(sys.exc_info()[1])


async def nested_def(v):
    def inner(z):
        return [z * i for i in range(3)]
    return inner(v)


async def main():
    total = 0
    for i in range(5):
        total += await add(i) + await add(i, 2)
    print("total", total)
    print(await nested_def(4))
    try:
        await boom(2)
    except ValueError as e:
        print("caught", e)
    try:
        await leaks()
    except RuntimeError as e:
        print("RuntimeError", e, "cause", repr(e.__cause__))
    try:
        raise KeyError("outer")
    except KeyError:
        print(await handled())
    await asyncio.sleep(0)
    print(await boom(3))


asyncio.run(main())

import asyncio
async def ag():
    try:
        x = yield 1; print("ag got", x); yield 2
    except ValueError: yield "handled"
    finally: print("ag finally")
async def main():
    a = ag()
    print(a.__aiter__() is a, await anext(a), await a.asend("S"))
    for _ in range(2):
        try: await anext(a)
        except StopAsyncIteration as e: print("StopAsyncIteration", e.args)
    print(await anext(a, "default"))
    b = ag(); await anext(b); print(await b.athrow(ValueError), await b.aclose())
    try: await ag().athrow(KeyError("k"))
    except KeyError as e: print("created: propagated", repr(e))
    try: await ag().asend(1)
    except TypeError as e: print("TypeError:", e)
asyncio.run(main())

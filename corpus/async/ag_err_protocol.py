# Protocol RuntimeErrors with CPython's messages: ignored GeneratorExit
# (yield in finally during aclose), non-None asend to a just-started agen,
# StopAsyncIteration / StopIteration raised in the body (PEP 479 analogue).
import asyncio

async def stubborn():
    try:
        yield 1
    finally:
        print("  stubborn finally yields")
        yield "no"

async def swallow():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            print("  swallowed GeneratorExit")

async def raises(exc):
    yield "before"
    raise exc

async def main():
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("aclose stubborn:", e)
    w = swallow()
    await anext(w)
    try:
        await w.aclose()
    except RuntimeError as e:
        print("aclose swallow:", e)
    f = stubborn()
    try:
        await f.asend(42)
    except TypeError as e:
        print("asend 42 fresh:", type(e).__name__, e)
    print("still startable:", await f.asend(None))
    for exc in (StopAsyncIteration, StopAsyncIteration("sai"), StopIteration(7)):
        g = raises(exc)
        print("first:", await anext(g))
        try:
            await anext(g)
        except RuntimeError as e:
            c = e.__cause__
            print("RuntimeError:", e, "| cause:", repr(c), "| same:", c is exc)
        try:
            await anext(g)
        except StopAsyncIteration:
            print("then StopAsyncIteration")
    # finish the three agens still suspended, so shutdown has nothing to close
    # a failed aclose leaves the frame suspended: anext resumes it and the
    # finally re-raises the pending GeneratorExit out of the await
    try:
        await anext(s)
    except GeneratorExit as e:
        print("stubborn resumed: GeneratorExit", repr(e), "frame:", s.ag_frame)
    print("f:", await anext(f), await anext(f, "exhausted"))
    print("swallow resumed:", await anext(w, "exhausted"), w.ag_frame)
    print("done")

asyncio.run(main())

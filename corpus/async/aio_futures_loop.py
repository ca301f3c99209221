# asyncio Futures and the loop: set_result/set_exception/cancel with their
# states and errors, done callbacks run in registration order through the
# loop, call_soon/call_later ordering, current_task, argument errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.02, order.append, "later 0.02")
    loop.call_later(0.01, order.append, "later 0.01 first")
    loop.call_later(0.01, order.append, "later 0.01 second")
    h = loop.call_later(0.005, order.append, "cancelled timer")
    h.cancel()
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(order.append, "soon 2")
    print(order)
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0.03)
    print(order)

    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.add_done_callback(lambda fut: print("callback 1 sees", fut.result()))
    f.add_done_callback(lambda fut: print("callback 2"))
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(42)
    print("set, callbacks not yet run")
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await f, f.result(), f.exception())
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    try:
        await g
    except KeyError as e:
        print("awaited exception", repr(e), repr(g.exception()))
    c = loop.create_future()
    print(c.cancel(), c.cancel(), c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError:
        print("cancelled future result raises CancelledError")

    def resolve(fut, value):
        fut.set_result(value)

    w = loop.create_future()
    loop.call_later(0.01, resolve, w, "resolved by a timer")
    print(await w)

    async def who():
        return asyncio.current_task().get_name()

    print(await asyncio.create_task(who(), name="named"))
    print(asyncio.current_task().get_name())
    for bad in (lambda: asyncio.create_task(5), lambda: asyncio.ensure_future("x")):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

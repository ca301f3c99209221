"""async_await: coroutine awaits, sleep(0) tasks and an async generator pipeline.

Usage: python3 async_await.py [N]        (default N = 1_000_000)

Three phases under one asyncio.run, sized from N:
  (a) 2 * N awaits of a trivial coroutine in a loop (`await add(i)` in main);
  (b) N // 16 tasks, each awaiting asyncio.sleep(0) twice, gathered; a
      shared tick counter, read and bumped at every resumption, makes the
      checksum depend on the loop's FIFO order of resumptions;
  (c) N items through source agen -> map agen -> filter agen -> async for.
CPython pays a coroutine creation and send per await in (a), a Task step
per resumption (call_soon, the ready deque, Future plumbing) in (b), and
about three async-generator resumptions per item in (c).
"""
import asyncio
import sys

MASK = (1 << 64) - 1


async def add(x, k):
    return (x * k + 7) % 1000


class Clock:
    def __init__(self):
        self.tick = 0


async def worker(i, clock):
    clock.tick += 1
    await asyncio.sleep(0)
    clock.tick += 1
    await asyncio.sleep(0)
    t = clock.tick
    clock.tick += 1
    return (i * 7 + t) % 1009


async def source(n):
    for i in range(n):
        yield i


async def scale(items):
    async for x in items:
        yield (x * 13 + 5) % 1000


async def drop_thirds(items):
    async for x in items:
        if x % 3 != 0:
            yield x


async def main(n):
    # (a) awaits of a trivial coroutine
    sa = 0
    for i in range(2 * n):
        sa += await add(i, 3)
    # (b) tasks doing sleep(0) twice, gathered
    clock = Clock()
    results = await asyncio.gather(*[worker(i, clock) for i in range(n // 16)])
    sb = 0
    for j in range(len(results)):
        sb = (sb * 31 + results[j]) & MASK
    # (c) async generator pipeline
    count = 0
    sc = 0
    async for x in drop_thirds(scale(source(n))):
        count += 1
        sc += x
    return ((sa * 1000003 + sb) * 1000003 + sc * 7 + count) & MASK


def run():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    checksum = asyncio.run(main(n))
    print(f"async_await n={n} checksum={checksum}")


if __name__ == "__main__":
    run()

# A client for a fake paginated HTTP API: a generator walks the pages
# lazily following "next" cursors, retries transient errors with
# exponential backoff (on a simulated clock), and exposes the items as one
# flat stream. The caller can throw() a cancellation into the stream.
import json
from itertools import islice, chain
from functools import wraps


class TransientError(Exception):
    pass


class Cancelled(Exception):
    pass


class FakeServer:
    def __init__(self, n_items, page_size, flaky_every):
        self.items = [{"id": i, "name": f"item-{i:03d}", "price": (i * 37) % 100 / 4}
                      for i in range(n_items)]
        self.page_size = page_size
        self.flaky_every = flaky_every
        self.calls = 0

    def get(self, path, cursor=None):
        self.calls += 1
        if self.calls % self.flaky_every == 0:
            raise TransientError(f"503 on call {self.calls}")
        start = int(cursor or 0)
        chunk = self.items[start:start + self.page_size]
        nxt = start + self.page_size
        body = {"data": chunk, "next": str(nxt) if nxt < len(self.items) else None}
        return json.dumps(body)


class Clock:
    now = 0.0

    @classmethod
    def sleep(cls, seconds):
        cls.now += seconds


def retry(attempts, base_delay, log):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except TransientError as e:
                    log.append(f"{fn.__name__} attempt {attempt}: {e}; sleeping {delay}s")
                    if attempt == attempts:
                        raise
                    Clock.sleep(delay)
                    delay *= 2
        return wrapper
    return deco


log = []


def pages(server, path):
    @retry(3, 0.5, log)
    def fetch(cursor):
        return json.loads(server.get(path, cursor))

    cursor = None
    number = 0
    while True:
        page = fetch(cursor)
        number += 1
        yield number, page["data"]
        cursor = page["next"]
        if cursor is None:
            return number


def items(server, path):
    try:
        total_pages = yield from flatten(pages(server, path))
        print(f"  stream complete after {total_pages} pages")
    except Cancelled as c:
        print(f"  stream cancelled: {c}")
        yield {"id": -1, "name": "cancel-marker", "price": 0.0}


def flatten(page_stream):
    while True:
        try:
            number, data = next(page_stream)
        except StopIteration as stop:
            return stop.value
        yield from data


server = FakeServer(n_items=23, page_size=5, flaky_every=3)
all_items = list(items(server, "/items"))
print("items:", len(all_items), "server calls:", server.calls, "clock:", Clock.now)
print("log:", *log, sep="\n  ")
print("cheapest:", min(all_items, key=lambda it: (it["price"], it["id"]))["name"])
print("total price:", sum(it["price"] for it in all_items))

log.clear()
server = FakeServer(n_items=100, page_size=10, flaky_every=4)
first = list(islice(items(server, "/items"), 12))
print("first 12 ids:", [it["id"] for it in first], "calls:", server.calls)

stream = items(server, "/items")
got = [next(stream) for _ in range(7)]
marker = stream.throw(Cancelled("user pressed ^C"))
print("after throw:", marker["name"], "then:", next(stream, "exhausted"))

log.clear()
always_down = FakeServer(n_items=10, page_size=5, flaky_every=1)
try:
    list(items(always_down, "/items"))
except TransientError as e:
    print("gave up:", e, "| attempts logged:", len(log), "| clock:", Clock.now)

merged = chain.from_iterable(data for _, data in pages(FakeServer(7, 3, 100), "/x"))
print("chained pages:", [it["id"] for it in merged])

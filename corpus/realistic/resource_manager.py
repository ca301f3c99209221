# Context managers written as generators with contextlib.contextmanager:
# a timer that reports only deterministic facts (elapsed is non-negative,
# the ordering of checkpoints), a resource pool, a transaction that rolls
# back on error, an indented logger, and ExitStack juggling several of them.
import contextlib
import os
import time


@contextlib.contextmanager
def timer(label, results):
    start = time.perf_counter()
    marks = []
    try:
        yield marks.append
    finally:
        elapsed = time.perf_counter() - start
        ordered = all(a[1] <= b[1] for a, b in zip(marks, marks[1:]))
        results[label] = elapsed
        print(f"timer {label}: {len(marks)} marks, ordered={ordered}, elapsed>=0: {elapsed >= 0}")


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.in_use = set()

    @contextlib.contextmanager
    def acquire(self):
        if not self.free:
            raise RuntimeError("pool exhausted")
        conn = self.free.pop(0)
        self.in_use.add(conn)
        print(f"  acquire conn{conn} (free: {self.free})")
        try:
            yield conn
        finally:
            self.in_use.discard(conn)
            self.free.append(conn)
            print(f"  release conn{conn}")


@contextlib.contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception as e:
        store.clear()
        store.update(snapshot)
        print(f"  rolled back after {type(e).__name__}: {e}")
        raise
    else:
        print(f"  committed {len(store) - len(snapshot):+d} keys")


_depth = 0


@contextlib.contextmanager
def section(title):
    global _depth
    print("  " * _depth + f"> {title}")
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        print("  " * _depth + f"< {title}")


@contextlib.contextmanager
def scratch_file(name, text):
    with open(name, "w") as f:
        f.write(text)
    try:
        yield name
    finally:
        os.remove(name)
        print(f"  removed {name}: {not os.path.exists(name)}")


results = {}
with timer("loop", results) as mark:
    total = 0
    for i in range(1, 6):
        total += sum(range(i * 10000))
        mark((i, time.perf_counter()))
print("total:", total, "recorded:", sorted(results))

pool = Pool(2)
with pool.acquire() as a, pool.acquire() as b:
    print("  using", a, b, "in use:", sorted(pool.in_use))
    try:
        with pool.acquire():
            pass
    except RuntimeError as e:
        print("  third acquire:", e)
print("free after:", pool.free, "in use:", pool.in_use)

store = {"x": 1}
with transaction(store) as s:
    s["y"] = 2
    s["z"] = 3
try:
    with transaction(store) as s:
        s["w"] = 4
        del s["x"]
        s["y"] / 0
except ZeroDivisionError:
    print("  caught outside")
print("store:", store)

with section("build"):
    with section("compile"):
        print("    compiling 3 files")
    with section("link"):
        with contextlib.suppress(KeyError):
            with section("lookup"):
                {}["missing"]
        print("    linked")

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(scratch_file(f"resource_manager.{i}.tmp", "data " * i)) for i in range(3)]
    stack.callback(print, "  exit stack unwinding")
    sizes = [os.path.getsize(n) for n in names]
    print("  sizes:", sizes)
print("all removed:", not any(os.path.exists(n) for n in names))


def managed_numbers(n, log):
    with section(f"numbers({n})"):
        for i in range(n):
            yield i
        log.append("exhausted")


log = []
print("sum:", sum(managed_numbers(3, log)), log)
gen = managed_numbers(10, log)
print("first two:", next(gen), next(gen))
gen.close()
print("after close:", log)

# heapq: heappush/heappop/heapify/heapreplace/heappushpop keep CPython's
# exact heap layout (printed after each step), compare with `<` only (a
# class with __lt__ logs every comparison, in CPython's order), keep ties
# stable through (priority, count) entries, and raise CPython's errors.
import heapq


def show(name, f, *args, **kwargs):
    try:
        print(name, repr(f(*args, **kwargs)))
    except Exception as e:
        print(name, type(e).__name__, e)


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, -1, 4, 4]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 11), data)
print("pushpop small", heapq.heappushpop(data, -5), data)
print("pushpop big", heapq.heappushpop(data, 5), data)
print("pushpop empty", heapq.heappushpop([], 3))
print("sorted", [heapq.heappop(data) for _ in range(len(data))])

# A big heapify (CPython's cache-friendly order beyond 2500 items).
def lcg(seed, n):
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed % 10000

big = list(lcg(7, 6000))
heapq.heapify(big)
print(big[:12], big[2999:3003], big[-5:])
check = []
while big:
    check.append(heapq.heappop(big))
print(check == sorted(lcg(7, 6000)), check[:5], check[-5:])

log = []


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        log.append((self.name, other.name))
        return self.priority < other.priority

    def __repr__(self):
        return "%s:%d" % (self.name, self.priority)


tasks = [Task(p, n) for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e"), (0, "z")]]
heapq.heapify(tasks)
print(tasks, log)
log.clear()
heapq.heappush(tasks, Task(1, "a3"))
print(tasks, log)
log.clear()
out = [heapq.heappop(tasks) for _ in range(len(tasks))]
print(out, len(log))

# Stable ties through (priority, sequence, item) entries.
entries = []
for seq, (prio, item) in enumerate([(2, "x"), (1, "y"), (2, "z"), (1, "w"), (0, "v")]):
    heapq.heappush(entries, (prio, seq, item))
print([heapq.heappop(entries)[2] for _ in range(len(entries))])

# A generator feeding a running top-3 kept in a heap.
def readings():
    for i in range(20):
        yield (i * 37) % 23

top = []
for r in readings():
    if len(top) < 3:
        heapq.heappush(top, r)
    else:
        heapq.heappushpop(top, r)
print(sorted(top))

# Errors.
show("pop empty", heapq.heappop, [])
show("replace empty", heapq.heapreplace, [], 1)
show("push tuple", heapq.heappush, (), 1)
show("pop tuple", heapq.heappop, (1,))
show("heapify str", heapq.heapify, "abc")
show("replace tuple", heapq.heapreplace, (1,), 2)
show("pushpop dict", heapq.heappushpop, {}, 2)
show("push one", heapq.heappush, [])
show("push three", heapq.heappush, [], 1, 2)
show("pop none", heapq.heappop)
show("heapify two", heapq.heapify, [], [])
show("push kw", heapq.heappush, [], item=1)
mixed = [1, "a"]
show("heapify mixed", heapq.heapify, mixed)
mixed2 = [3, 1]
show("push mixed", heapq.heappush, mixed2, "x")
print(mixed2)
show("pushpop mixed", heapq.heappushpop, [1], None)
show("pop mixed", heapq.heappop, [1, 2, None])


class Shrinker:
    def __init__(self, heap, value):
        self.heap = heap
        self.value = value

    def __lt__(self, other):
        self.heap.clear()
        return True


shrink = []
shrink.append(Shrinker(shrink, 1))
shrink.append(Shrinker(shrink, 2))
show("changed size", heapq.heappush, shrink, Shrinker(shrink, 0))
print(heapq.heappush, heapq.heapify, heapq.nlargest.__name__)

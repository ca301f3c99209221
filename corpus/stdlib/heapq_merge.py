# heapq.merge: a lazy generator over sorted generator streams (each stream
# logs when it is advanced, so the interleaving of pulls is compared), with
# key= and reverse=, stable ties by stream order, send/close on the merge
# generator, exceptions from streams, keys and comparisons.
import heapq

events = []


def stream(name, values):
    try:
        for v in values:
            events.append("%s->%r" % (name, v))
            yield v
    finally:
        events.append("%s done" % name)


m = heapq.merge(stream("a", [1, 4, 7, 10]), stream("b", [2, 5, 8]), stream("c", [3, 6, 9, 12, 15]))
print(type(m).__name__, events)
print(next(m), events)
events.clear()
print(list(m))
print(events)
events.clear()

print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1], [])))
print(list(heapq.merge([1, 3, 5], (2, 4), range(0, 10, 3), "")))
print(list(heapq.merge("ace", "bdf")))

# Ties come out in stream order; the streams themselves are never compared.
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], [(1, "c")])))
print(list(heapq.merge([1.0, 2], [1, 2.0], [True])))

# key and reverse.
words = [["apple", "fig", "banana"], ["kiwi", "cherry"], ["date", "grape", "elderberry"]]
print(list(heapq.merge(*[sorted(w, key=len) for w in words], key=len)))
print(list(heapq.merge([9, 7, 5], [8, 6], [10, 1], reverse=True)))
print(list(heapq.merge(["Bb", "aa"], ["AB", "c"], key=str.lower, reverse=True)))
print(list(heapq.merge([1, 2], [1, 2], key=lambda x: -x, reverse=True)))
print(list(heapq.merge([3], [1, 2], key=None, reverse=False)))


def numbers(start, step, count):
    for i in range(count):
        yield start + i * step


# A merged pipeline: three generator streams, filtered and summed lazily.
merged = heapq.merge(numbers(0, 3, 1000), numbers(1, 5, 600), numbers(2, 7, 400))
total = 0
count = 0
last = -1
for x in merged:
    assert x >= last
    last = x
    if x % 2 == 0:
        total += x
        count += 1
print(count, total, last)

# The last stream left is delegated to with `yield from`.
g = heapq.merge(stream("solo", [1, 2, 3]))
print(next(g), next(g), list(g), events)
events.clear()

# Closing the merge generator closes the streams it holds.
g = heapq.merge(stream("x", [1, 2, 3]), stream("y", [1, 2, 3]))
print(next(g), next(g))
g.close()
print(events, list(g))
events.clear()
g = heapq.merge(stream("p", [1, 2]), stream("q", [5]))
print(next(g), next(g), next(g))
del g
print(events)
events.clear()


def echo():
    received = yield 1
    while True:
        received = yield "got %r" % (received,)


g = heapq.merge(echo())
print(next(g), g.send("hello"), g.send(42))
g.close()

# Errors: from a stream, from the key, from comparisons, from iter().
def failing():
    yield 1
    raise ValueError("stream broke")


g = heapq.merge(failing(), [0, 5])
try:
    print(next(g), next(g), next(g))
except ValueError as e:
    print(type(e).__name__, e)
print(list(g))
try:
    list(heapq.merge([1, 2], ["a"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(heapq.merge([1, 2], 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(heapq.merge([1], [2], key=lambda x: x / 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)


def stop_key(x):
    if x == 3:
        raise StopIteration
    return x


print(list(heapq.merge([1, 3, 5], [2, 4], key=stop_key)))
try:
    heapq.merge([1], foo=2)
except TypeError as e:
    print(type(e).__name__, e)
g = heapq.merge([1, 4], [2, 3])
print(next(g), g.throw(StopIteration), list(g))
print(heapq.merge.__name__, repr(heapq.merge)[:15])

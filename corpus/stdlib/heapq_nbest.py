# heapq.nsmallest/nlargest: heapq.py's three strategies (min/max for n == 1,
# sorted() when n covers a sized input, a bounded heap otherwise) over
# lists and generators, with key=, stable ties, n <= 0, and the errors a
# Python function and its comparisons give.
import heapq


def show(name, f, *args, **kwargs):
    try:
        print(name, repr(f(*args, **kwargs)))
    except Exception as e:
        print(name, type(e).__name__, e)


data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 0, 6, 4]


def gen(values):
    for v in values:
        yield v


for n in [-1, 0, 1, 2, 3, 5, 12, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, gen(data)), heapq.nlargest(n, gen(data)))
    print(n, heapq.nsmallest(n, data, key=lambda x: -x), heapq.nlargest(n, gen(data), key=lambda x: x % 4))

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40), ("fay", 25)]
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, gen(people), key=lambda p: p[1]))
print(heapq.nlargest(4, gen(people), key=lambda p: p[1]))
print(heapq.nsmallest(1, people, key=lambda p: p[1]), heapq.nlargest(1, gen(people), key=lambda p: p[1]))
print(heapq.nsmallest(1, []), heapq.nlargest(1, gen([])), heapq.nsmallest(3, gen([])), heapq.nsmallest(2, []))
print(heapq.nlargest(2, "hello world"), heapq.nsmallest(3, {3: "a", 1: "b", 2: "c", 0: "d"}))
print(heapq.nsmallest(n=2, iterable=[3, 1, 2]), heapq.nlargest(2, [3, 1, 2], None))

# A lazy producer: only as many items as needed are drawn, then the rest.
pulled = []


def producer(n):
    for i in range(n):
        pulled.append(i)
        yield (i * 7919) % 1000


print(heapq.nsmallest(5, producer(200)), len(pulled))
print(heapq.nlargest(5, producer(300), key=lambda v: (v % 10, v)), len(pulled))

log = []


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        log.append(self.text + "<" + other.text)
        return self.parts < other.parts

    def __repr__(self):
        return "V" + self.text


versions = [Version(t) for t in ["1.2", "1.10", "1.3", "2.0", "0.9", "1.2.1", "1.11"]]
print(heapq.nlargest(3, iter(versions)), len(log))
log.clear()
print(heapq.nsmallest(2, iter(versions)), len(log))
log.clear()
print(heapq.nsmallest(1, versions), log)

show("float n", heapq.nsmallest, 1.5, [3, 1, 2])
show("float n gen", heapq.nsmallest, 2.5, gen([3, 1, 2]))
show("str n", heapq.nlargest, "2", [1])
show("mixed", heapq.nlargest, 2, [1, "a", 3])
show("mixed gen", heapq.nsmallest, 2, gen([1, 2, "a", 3]))
show("bad key", heapq.nsmallest, 2, [1, 2, 3], key=len)
show("missing", heapq.nsmallest, 2)
show("too many", heapq.nsmallest, 2, [1], None, 4)
show("bad kw", heapq.nlargest, 2, [3, 1], foo=1)
show("dup", heapq.nlargest, 2, [1], n=3)
show("not iterable", heapq.nsmallest, 3, 5)
show("one not iterable", heapq.nsmallest, 1, 5)
print(heapq.nsmallest.__name__, heapq.nlargest.__defaults__)

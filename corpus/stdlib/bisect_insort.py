# bisect: insort_left/insort_right/insort keep a list sorted while items
# stream in from generators, with lo/hi and key= (applied to the new item
# too), stable placement of equal items, insert() of non-list sequences,
# and CPython's errors.
import bisect


def show(name, f, *args, **kwargs):
    try:
        print(name, repr(f(*args, **kwargs)))
    except Exception as e:
        print(name, type(e).__name__, e)


def stream(n):
    x = 17
    for _ in range(n):
        x = (x * 73 + 11) % 101
        yield x


ordered = []
for v in stream(30):
    bisect.insort(ordered, v)
print(ordered, ordered == sorted(stream(30)))

left = []
right = []
for v in [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e"), (3, "f")]:
    bisect.insort_left(left, v, key=lambda p: p[0])
    bisect.insort_right(right, v, key=lambda p: p[0])
print(left)
print(right)

floats = [1.0, 2.0, 3.0]
bisect.insort_left(floats, 2)
bisect.insort_right(floats, 2)
bisect.insort(floats, True)
print(floats, [type(f).__name__ for f in floats])

part = [0, 5, 1, 2, 3, 9]
bisect.insort(part, 2, 2, 5)
print(part)
bisect.insort_left(part, 7, lo=1, hi=1)
print(part)
bisect.insort(part, 100, lo=50)
print(part)


class Log:
    def __init__(self):
        self.items = [1, 3, 5]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert at", i, x)
        self.items.insert(i, x)


log = Log()
bisect.insort(log, 4)
bisect.insort_left(log, 0)
print(log.items)

# A top-k leaderboard kept sorted as events arrive from a generator.
def events():
    names = ["ann", "bob", "cid", "dee", "eve", "fay", "gus"]
    for i, name in enumerate(names):
        yield name, (i * 37) % 11


board = []
for name, points in events():
    bisect.insort(board, (-points, name))
    if len(board) > 4:
        board.pop()
print(board)

calls = []


def noisy_key(x):
    calls.append(x)
    return x


items = [1, 2, 3]
bisect.insort(items, 2, key=noisy_key)
print(items, calls)

show("tuple", bisect.insort, (1, 2), 3)
show("str", bisect.insort, "ab", "c")
show("lo negative", bisect.insort_left, [1], 0, -1)
show("key first", bisect.insort, [1], 0, -1, key=lambda x: 1 / 0)
show("mixed", bisect.insort, [1, 2], "a")
show("missing", bisect.insort_right, [])
show("bad kw", bisect.insort, [], 1, where=0)
print(bisect.insort, bisect.insort_left, bisect.insort_right)

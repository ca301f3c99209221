# bisect: bisect_left/bisect_right/bisect over lists, tuples, strs and
# ranges with lo, hi and key= (applied to the items, not to x), the quirk
# that hi=-1 means len(a), user classes with __lt__ (comparisons logged),
# and CPython's errors for bad bounds and incomparable items.
import bisect


def show(name, f, *args, **kwargs):
    try:
        print(name, repr(f(*args, **kwargs)))
    except Exception as e:
        print(name, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5, True]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 8, 3, 7))
print(bisect.bisect_left(a, 8, hi=-1), bisect.bisect_left(a, 8, hi=None), bisect.bisect_left(a, 8, hi=-2))
print(bisect.bisect_right(a, 100, lo=20), bisect.bisect_left(a, 5, lo=4, hi=4))
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right("aceg", "d"), bisect.bisect(range(0, 100, 5), 42))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1, 0, 0))

# key: the items go through key, x does not.
records = [("ann", 19), ("bob", 25), ("cid", 25), ("dee", 31), ("eve", 40)]
for age in [18, 25, 30, 40, 41]:
    print(age, bisect.bisect_left(records, age, key=lambda r: r[1]), bisect.bisect_right(records, age, key=lambda r: r[1]))
print(bisect.bisect(records, 25, 0, 3, key=lambda r: r[1]))


def squares():
    n = 0
    while True:
        yield n * n
        n += 1


# Grading with breakpoints, scores from a generator.
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


def scores():
    for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]:
        yield s


print([grade(s) for s in scores()])
sq = [s for _, s in zip(range(50), squares())]
print([bisect.bisect_left(sq, v) for v in (0, 1, 2, 99, 100, 101, 2400, 2401, 5000)])

log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v


keys = [Key(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(keys, Key(7)), log)
log.clear()
print(bisect.bisect_right(keys, Key(8)), log)

show("lo negative", bisect.bisect_left, a, 1, -1)
show("lo float", bisect.bisect_left, a, 1, 1.5)
show("hi float", bisect.bisect_left, a, 1, 0, 2.5)
show("hi str", bisect.bisect_right, a, 1, hi="3")
show("lo huge", bisect.bisect_left, a, 1, 10**30)
show("hi huge", bisect.bisect_left, a, 1, 0, 10**30)
show("hi beyond", bisect.bisect_left, a, 100, 0, 20)
show("hi beyond tuple", bisect.bisect_left, (1, 2), 3, 0, 5)
show("not sequence", bisect.bisect_left, 5, 1)
show("dict", bisect.bisect_left, {1: 2}, 1)
show("generator", bisect.bisect_left, squares(), 1)
show("mixed", bisect.bisect_right, [1, "a", 3], 2)
show("mixed left", bisect.bisect_left, [1, 2, 3], "x")
show("missing", bisect.bisect_left, a)
show("too many", bisect.bisect_left, a, 1, 0, 2, 3)
show("too many kw", bisect.bisect_left, a, 1, 0, 2, key=None, lo=1)
show("bad kw", bisect.bisect_left, a, 1, foo=1)
show("dup", bisect.bisect_left, a, 1, x=2)
show("key none", bisect.bisect_left, a, 3, key=None)
show("key fails", bisect.bisect_left, a, 3, key=len)
show("by name", bisect.bisect_right, a=[1, 2, 3], x=2, lo=1, hi=3)
print(bisect.bisect, bisect.bisect_left)

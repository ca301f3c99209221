# random: randrange in each form (stop; start, stop; negative and big
# steps; ranges past 2**64), randint, and CPython 3.11's errors for empty
# ranges, zero steps, non-integer arguments and bad argument counts.
import random

random.seed(314159)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(15)])
print([random.randrange(100, 0, -3) for _ in range(15)])
print([random.randrange(-50, -10, 4) for _ in range(10)])
print([random.randrange(1, 2) for _ in range(5)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(20)])
print([random.randint(7, 7) for _ in range(3)])
print(random.randrange(2**100), random.randrange(-(2**70), 2**70), random.randrange(0, 2**90, 2**40 + 1))
print(random.randint(10**30, 10**30 + 5), random.randint(-(2**64), 2**64))
print(random.randrange(2**63 - 1), random.randrange(2**63), random.randrange(2**64 + 7))
print(random.randrange(10, step=1), random.randrange(start=3, stop=9), random.randrange(0, 50, step=5))
print(random.randint(True, 5), random.randrange(False, True), type(random.randrange(True)).__name__)

# Integral floats are accepted (3.11 deprecates them; randint's call warns nobody).
print(random.randint(1.0, 3.0), type(random.randint(2.0, 2.0)).__name__)
# Called from the script, randrange warns (on stderr, once per line).
for _ in range(3):
    print(random.randrange(2.0, 8.0), random.randrange(10.0), random.randrange(0, 10, 2.0))

# The distribution of a small range is exact, not just plausible.
counts = [0] * 7
for _ in range(7000):
    counts[random.randrange(7)] += 1
print(counts)

r = random.Random(2718)
print([r.randrange(3, 30, 3) for _ in range(10)], [r.randint(0, 1) for _ in range(16)])


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(random.randrange, 0)
attempt(random.randrange, -5)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 10, 2)
attempt(random.randrange, 5, 1, -2)
attempt(random.randrange, 1, 5, -1)
attempt(random.randrange, 5, 1, 0)
attempt(random.randrange, 5, step=2)
attempt(random.randrange, 5, None, 2)
attempt(random.randrange, 5, None, True)
attempt(random.randrange, 5.5)
attempt(random.randint, 1.5, 3)
attempt(random.randint, 1, 3.5)
attempt(random.randrange, 1, 5, 1.5)
attempt(random.randrange, "a")
attempt(random.randrange, "5")
attempt(random.randrange, None)
attempt(random.randrange, 1, "x")
attempt(random.randrange, 2**70, 2**70)
attempt(random.randrange)
attempt(random.randrange, 1, 2, 3, 4)
attempt(random.randrange, 1, stop=2, start=3)
attempt(random.randrange, 1, bogus=2)
attempt(random.randint, 5, 1)
attempt(random.randint, 1)
attempt(random.randint, 1, 2, 3)
attempt(random.randint, "a", "b")
attempt(random.randint, [], 2)
attempt(r.randint, 3)

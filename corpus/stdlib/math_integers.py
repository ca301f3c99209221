# math: the integer functions on unbounded ints -- gcd and lcm of any
# number of arguments, isqrt, factorial, comb, perm -- and prod with start
# over generators, with CPython's errors for negatives, floats and huge
# arguments.
import math


def show(name, f, *args, **kwargs):
    try:
        print(name, args, kwargs, repr(f(*args, **kwargs)))
    except Exception as e:
        print(name, args, kwargs, type(e).__name__, e)


show("gcd", math.gcd)
show("gcd", math.gcd, 12)
show("gcd", math.gcd, -12)
show("gcd", math.gcd, 12, 18)
show("gcd", math.gcd, 12, -18, 27)
show("gcd", math.gcd, 0, 0)
show("gcd", math.gcd, 2**100 * 3, 2**80 * 9, 2**90 * 15)
show("gcd", math.gcd, True, 4)
show("gcd", math.gcd, 4, 2.0)
show("gcd", math.gcd, 1, 2, "3")
show("gcd", math.gcd, a=1)
show("lcm", math.lcm)
show("lcm", math.lcm, -7)
show("lcm", math.lcm, 4, 6)
show("lcm", math.lcm, 4, 6, 0, 5)
show("lcm", math.lcm, 0, 1.5)
show("lcm", math.lcm, *range(1, 40))
show("lcm", math.lcm, 2**64 + 1, 2**64 - 1)

for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 10**20, 10**41 + 7, True, -1, 2.0, "9"]:
    show("isqrt", math.isqrt, n)

for n in [0, 1, 5, 20, 21, 30, True, -1, -(10**30), 10**30, 5.0, 5.5, "5", None]:
    show("factorial", math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(100) % (10**9 + 7))

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (60, 30), (100, 3), (10**20, 2),
             (10**20, 10**20 - 1), (-1, 2), (5, -1), (5.0, 2), (5, "2"), (True, True),
             (10**20, 10**19)]:
    show("comb", math.comb, n, k)
    show("perm", math.perm, n, k)
for n in [5, 0, 20, -3, 2.0]:
    show("perm1", math.perm, n)
show("perm-none", math.perm, 4, None)
show("comb-one", math.comb, 4)
show("perm-three", math.perm, 4, 2, 1)
show("comb-kw", math.comb, n=4, k=2)

# Pascal's triangle from comb, checked against a generator of rows.
def pascal_rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]

for i, row in enumerate(pascal_rows(12)):
    assert row == [math.comb(i, k) for k in range(i + 1)]
    print(i, sum(row), math.perm(i, i // 2))


def odd_numbers(limit):
    n = 1
    while n < limit:
        yield n
        n += 2


show("prod", math.prod, [])
show("prod", math.prod, [], start=5)
show("prod", math.prod, range(1, 11))
print("prod odd", math.prod(odd_numbers(30)))
print("prod genexpr", math.prod(2**40 for _ in range(5)))
show("prod", math.prod, [1.5, 2, 4])
show("prod", math.prod, [2, 2.5], start=10)
show("prod", math.prod, [2, 3], start=0.5)
show("prod", math.prod, [True, True])
show("prod", math.prod, [3, "ab"])
show("prod", math.prod, ["ab", 2])
show("prod", math.prod, [[1, 2]], start=2)
show("prod", math.prod, [1, None])
show("prod", math.prod, 5)
show("prod", math.prod)
show("prod", math.prod, [1], 2)
show("prod", math.prod, iterable=[1])
show("prod", math.prod, [1], begin=2)
print(math.prod(range(1, 26)) == math.factorial(25))

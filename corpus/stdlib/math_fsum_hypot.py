# math: fsum's correctly rounded sums (Shewchuk, CPython's half-even fix-up)
# of generator streams, hypot and dist of many dimensions, isclose with its
# keyword tolerances; values come from a deterministic generator so every
# bit of the results is compared.
import math


def show(name, f, *args, **kwargs):
    try:
        print(name, repr(f(*args, **kwargs)))
    except Exception as e:
        print(name, type(e).__name__, e)


def lcg_floats(seed, count, scale_exponent=0):
    # Pseudo-random floats of varied magnitudes and signs.
    state = seed
    for _ in range(count):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        mantissa = (state >> 11) / 2**53
        exponent = (state % 61) - 30 + scale_exponent
        sign = -1.0 if state & 1 else 1.0
        yield sign * mantissa * 2.0 ** exponent


print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e16, 1e-16]))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([5]), math.fsum(range(100)))
print(math.fsum([10**30, 1.5, -(10**30)]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1e308]))
for seed in range(1, 9):
    values = list(lcg_floats(seed, 200 * seed))
    print(seed, math.fsum(values), math.fsum(reversed(values)), math.fsum(sorted(values)), sum(values))
show("fsum-inf", math.fsum, [math.inf, 1.0, math.inf])
show("fsum-mixed-inf", math.fsum, [math.inf, -math.inf])
show("fsum-nan", math.fsum, [1.0, math.nan])
show("fsum-overflow", math.fsum, [1e308, 1e308])
show("fsum-overflow-back", math.fsum, [1e308, 1e308, -1e308])
show("fsum-str", math.fsum, [1, "2"])
show("fsum-int", math.fsum, 3)
show("fsum-big", math.fsum, [10**400])
show("fsum-none", math.fsum)

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12))
print(math.hypot(1e308, 1e308), math.hypot(1e-310, 1e-310), math.hypot(5e-324, 5e-324))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-0.0, 0.0), math.hypot(True, 2**60))
for seed in range(1, 13):
    coordinates = list(lcg_floats(seed, seed * 3, seed - 6))
    print(seed, len(coordinates), math.hypot(*coordinates))
show("hypot-str", math.hypot, 1, "2")
show("hypot-big", math.hypot, 1, 10**400)
show("hypot-kw", math.hypot, 1, y=2)

print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 15)), math.dist((), ()))
print(math.dist(iter([1.5, -2.5]), (x for x in [0.5, 0.5])), math.dist((1,), (-2,)))
for seed in range(1, 7):
    p = list(lcg_floats(seed, seed + 1))
    q = list(lcg_floats(seed + 100, seed + 1))
    print(seed, math.dist(p, q), math.dist(q, p))
show("dist-dims", math.dist, (1, 2), (1, 2, 3))
show("dist-int", math.dist, 1, (1,))
show("dist-str-item", math.dist, ("a",), (1,))
show("dist-one", math.dist, (1,))
show("dist-kw", math.dist, (1,), q=(2,))

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(math.inf, 1e308, rel_tol=1e300), math.isclose(a=1, b=1.0), math.isclose(2**60, 2**60 + 1))
show("isclose-neg", math.isclose, 1, 1, rel_tol=-0.1)
show("isclose-neg-abs", math.isclose, 1, 1, abs_tol=-1)
show("isclose-one", math.isclose, 1)
show("isclose-three", math.isclose, 1, 2, 3)
show("isclose-bad-kw", math.isclose, 1, 2, tol=3)
show("isclose-str", math.isclose, 1, "1")
show("isclose-str-tol", math.isclose, 1, 1, rel_tol="x")
show("isclose-five", math.isclose, 1, 2, 3, 4, 5)
show("isclose-dup", math.isclose, 1, 2, a=3)

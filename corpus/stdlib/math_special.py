# math: gamma and lgamma (CPython's own Lanczos code, reflection for
# negatives, poles and overflow), erf/erfc, the inverse hyperbolics, cbrt,
# exp2, nextafter and ulp, over values from a generator and the special
# values, with CPython's errors.
import math


def show(name, f, *args):
    try:
        print(name, args, repr(f(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)


def halves(lo, hi):
    x = lo
    while x <= hi:
        yield x
        x += 0.5


for x in halves(-4.5, 25):
    print(x, math.gamma(x) if x > 0 or x != int(x) else "pole", math.lgamma(x) if x > 0 or x != int(x) else "pole")
for x in [0.0, -0.0, -1.0, -2.0, 1e-25, -1e-25, 171.0, 171.7, 172.0, -170.5, -180.5, -250.5, 300.0,
          math.inf, -math.inf, math.nan, 10**20, True]:
    show("gamma", math.gamma, x)
    show("lgamma", math.lgamma, x)
print(math.gamma(5) == math.factorial(4), math.lgamma(100) == math.lgamma(100.0))

for x in [0.0, -0.0, 0.1, 0.5, 1.0, 2.0, 3.5, 6.0, 27.0, -1.0, -3.5, 30.0, math.inf, -math.inf, math.nan]:
    print("erf", x, math.erf(x), math.erfc(x))
for x in [0.0, -0.0, 0.5, 1.0, 2.0, -2.0, 0.999999, -1.0, 1e300, math.inf, -math.inf, math.nan]:
    show("acosh", math.acosh, x)
    show("asinh", math.asinh, x)
    show("atanh", math.atanh, x)
for x in [27, -8, 0.001, -0.0, 2.0, 1e300, math.inf]:
    show("cbrt", math.cbrt, x)
for x in [0, 1, -1, 10, 0.5, 1023.5, 1024, -1074, -1080, math.inf, -math.inf]:
    show("exp2", math.exp2, x)

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 0.0), (1e308, math.inf),
             (1.7976931348623157e308, math.inf), (5e-324, 0.0), (2, 2), (math.nan, 1.0), (1.0, math.nan)]:
    show("nextafter", math.nextafter, x, y)
for x in [1.0, -1.0, 0.0, 1e300, 5e-324, 1.7976931348623157e308, 2**52, math.inf, math.nan, 0.1]:
    show("ulp", math.ulp, x)

# A generator of steps: walking from 1.0 up by ulps.
def ulp_steps(x, n):
    for _ in range(n):
        yield x
        x = math.nextafter(x, math.inf)


print([s - 1.0 for s in ulp_steps(1.0, 4)], all(math.ulp(s) == 2.0**-52 for s in ulp_steps(1.0, 10)))
show("gamma-str", math.gamma, "3")
show("erf-none", math.erf, None)
show("ulp-two", math.ulp, 1, 2)
show("nextafter-one", math.nextafter, 1)
show("lgamma-big", math.lgamma, 10**400)

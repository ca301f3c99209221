# math: floor/ceil/trunc (ints back, also for huge floats and big ints,
# __floor__/__ceil__/__trunc__ of classes), the logarithms (with a base, of
# ints far beyond the float range), pow, fmod, remainder, copysign, atan2,
# frexp/ldexp/modf, with CPython's errors and argument messages.
import math


def show(name, f, *args):
    try:
        print(name, args, repr(f(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)


for v in [2.5, -2.5, 3.0, -0.0, 0.49999999999999994, 1e16 + 0.5, 1e300, -1e300,
          7, -7, True, False, 10**30, -(10**30), math.inf, -math.inf, math.nan, "3"]:
    show("floor", math.floor, v)
    show("ceil", math.ceil, v)
    show("trunc", math.trunc, v)

print(type(math.floor(2.5)).__name__, type(math.floor(True)).__name__, type(math.trunc(-1.5)).__name__)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return "floor of %d" % self.cents

    def __ceil__(self):
        return self.cents // 100 + 1

    def __trunc__(self):
        return self.cents // 100


m = Money(1250)
print(math.floor(m), math.ceil(m), math.trunc(m))
try:
    math.trunc(object())
except TypeError as e:
    print("trunc-object", type(e).__name__, e)
show("floor-list", math.floor, [1])

# Logarithms.
for v in [1, 2, 8, 10, 0.5, 1e-300, 100.0, 2**64, 10**400, 2**5000 + 1, True,
          0, -1, 0.0, -0.0, -2.5, False, -(10**400), math.inf, -math.inf, math.nan, "e"]:
    show("log", math.log, v)
    show("log2", math.log2, v)
    show("log10", math.log10, v)
    show("log1p", math.log1p, v)
for x, base in [(8, 2), (100, 10), (10**400, 10), (2**3000, 2), (1, 5), (5, 1), (5, 0),
                (5, -2), (0.5, 0.25), (3, 10**500), (10, "2")]:
    show("log-base", math.log, x, base)
show("log-none", math.log)
show("log-three", math.log, 1, 2, 3)
try:
    math.log(x=2)
except TypeError as e:
    print(type(e).__name__, e)

# pow, fmod, remainder, copysign, atan2.
pairs = [(2, 10), (2.0, -1), (-8, 1 / 3), (0.0, -1), (-0.0, -3), (10, 400), (-10, 401),
         (1, math.nan), (math.nan, 0), (math.inf, -1), (-math.inf, 3), (-math.inf, 2),
         (0.5, math.inf), (2, -math.inf), (-1, math.inf), (5.5, 2), (-5.5, 2),
         (5, -3), (7, 0), (math.inf, 2), (3, math.inf), (-0.0, 1), (1e308, 10)]
for x, y in pairs:
    show("pow", math.pow, x, y)
    show("fmod", math.fmod, x, y)
    show("remainder", math.remainder, x, y)
    show("copysign", math.copysign, x, y)
    show("atan2", math.atan2, x, y)
for x in [0.5, 1.5, 2.5, 3.5, -2.5, 7.0, 8.0]:
    print("remainder-ties", x, math.remainder(x, 1.0), math.remainder(x * 3, 2.0))
show("pow-one", math.pow, 2)
show("pow-three", math.pow, 2, 3, 4)
show("atan2-str", math.atan2, "1", 2)
show("fmod-none", math.fmod, 1, None)
try:
    math.pow(2, y=3)
except TypeError as e:
    print(type(e).__name__, e)

# frexp, ldexp, modf.
for v in [0.0, -0.0, 1.0, 8, -3.75, 1e-310, 1e308, math.inf, math.nan, 2**100]:
    show("frexp", math.frexp, v)
    show("modf", math.modf, v)
for x, i in [(0.5, 3), (1, 1023), (1, 1024), (1, -1074), (1, -1075), (-1.5, 10**20),
             (1.5, -(10**20)), (0.0, 10**20), (math.inf, -5), (1, 2.0), (1, True), ("1", 2)]:
    show("ldexp", math.ldexp, x, i)
m, e = math.frexp(12345.678)
print(m, e, math.ldexp(m, e))

# math: the constants and the functions of one float over ordinary and
# special values (signed zeros, infinities, NaN, big ints), with CPython's
# domain/range errors and argument errors for each.
import math


def show(name, f, *args):
    try:
        print(name, args, repr(f(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

values = [0, 1, -1, 2, 0.5, -0.5, 0.0, -0.0, 1e-300, 3.75, -2.25, 10, 100, 710.0,
          1e308, math.inf, -math.inf, math.nan, True, 2**70, -(2**70)]
unary = [("sqrt", math.sqrt), ("exp", math.exp), ("expm1", math.expm1),
         ("log1p", math.log1p), ("fabs", math.fabs), ("sin", math.sin),
         ("cos", math.cos), ("tan", math.tan), ("asin", math.asin),
         ("acos", math.acos), ("atan", math.atan), ("sinh", math.sinh),
         ("cosh", math.cosh), ("tanh", math.tanh), ("degrees", math.degrees),
         ("radians", math.radians), ("isfinite", math.isfinite),
         ("isinf", math.isinf), ("isnan", math.isnan)]
for name, f in unary:
    for v in values:
        show(name, f, v)

# Values from a generator: an angle sweep, rounded for printing.
def angles(n):
    for i in range(n):
        yield i * math.tau / n

for a in angles(12):
    print(round(a, 6), round(math.sin(a), 12), round(math.cos(a), 12), math.atan2(math.sin(a), math.cos(a)))

print(math.sqrt(2) ** 2, math.exp(1) == math.e, math.degrees(math.pi), math.radians(180))
print(math.sqrt(10**300), math.fabs(-(10**300)))

# Conversions and argument errors.
show("sqrt-big", math.sqrt, 10**400)
show("sqrt-str", math.sqrt, "4")
show("sqrt-none", math.sqrt, None)
show("sqrt-list", math.sqrt, [4])
show("sin-none", math.sin, None)
show("isnan-str", math.isnan, "nan")
show("sqrt-no-args", math.sqrt)
show("sqrt-two-args", math.sqrt, 1, 2)
try:
    math.sqrt(x=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.exp(4, base=2)
except TypeError as e:
    print(type(e).__name__, e)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return self.degrees + 273.15


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class BadFloat:
    def __float__(self):
        return "hot"


print(math.sqrt(Celsius(0)), math.isfinite(Celsius(1)), math.exp(Count(2)), math.sqrt(Count(16)))
for label, value in [("bad-float", BadFloat()), ("object", object())]:
    try:
        math.sqrt(value)
    except TypeError as e:
        print(label, type(e).__name__, e)
print(math.sqrt, math.floor)

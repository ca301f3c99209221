# OverflowError from float powers, int-to-float conversion and math.exp.
import math

def attempt(label, f):
    try:
        print(label, f())
    except OverflowError as e:
        print(label, "->", type(e).__name__, e)

attempt("10.0 ** 400", lambda: 10.0 ** 400)
attempt("float(10 ** 400)", lambda: float(10 ** 400))
attempt("10 ** 400 / 3", lambda: 10 ** 400 / 3)
attempt("2 ** 2000 * 1.0", lambda: 2 ** 2000 * 1.0)
attempt("math.exp(1000)", lambda: math.exp(1000))
attempt("math.exp(10)", lambda: round(math.exp(10), 3))

def growth(rate, years):
    return math.exp(rate * years)

print(round(growth(0.05, 10), 6))
print(growth(5, 1000))

# math domain errors, chr out of range and a zero range step.
import math

def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "->", e)

attempt("math.sqrt(-1)", lambda: math.sqrt(-1))
attempt("math.log(0)", lambda: math.log(0))
attempt("math.acos(2)", lambda: math.acos(2))
attempt("chr(-1)", lambda: chr(-1))
attempt("chr(65)", lambda: chr(65))
attempt("range(1, 5, 0)", lambda: range(1, 5, 0))
attempt("math.factorial(-3)", lambda: math.factorial(-3))

def stddev(xs):
    m = sum(xs) / len(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs) - 1)

print(stddev([1, 5, 9]))
print(stddev([2, 2, 2]))

# AttributeError on an instance, a class and a module; CPython adds a
# "Did you mean" suggestion for a close name when it prints the traceback.
import math

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def attempt(label, f):
    try:
        print(label, f())
    except AttributeError as e:
        print(label, "->", e)

p = Point(1, 2)
attempt("p.z", lambda: p.z)
attempt("Point.w", lambda: Point.w)
attempt("math.tau2", lambda: math.tau2)
attempt("del p.q", lambda: delattr(p, "q"))
print(p.x + p.y)
print(p.xx)

# Checklist 63: a non-iterable first iterable fails at creation; the element lazily.
try:
    (x for x in 5)
except TypeError as e:
    print("at creation: TypeError:", e)
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazily: ZeroDivisionError:", e)
print(next(g, "exhausted"))
lazy = (x for x in [1] for y in 5)
try:
    next(lazy)
except TypeError as e:
    print("inner iterable: TypeError:", e)

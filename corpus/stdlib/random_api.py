# random: the shape of the API — random.Random as a type, instances with
# their own attributes, methods read through the class, module functions
# as bound methods of one hidden instance, and exception chaining.
import random
from random import Random, randint, shuffle

r = Random(10)
print(type(r).__name__, isinstance(r, Random), isinstance(r, random.Random), Random.__name__)
print(type(random.random).__name__, random.random.__name__, random.randint.__name__)
print(r.VERSION, r.gauss_next)
r.name = "mine"
print(r.name, hasattr(r, "name"), hasattr(r, "other"))
print(Random.random(r), Random.randint(r, 1, 10), r.random())
f = r.randrange
print([f(100) for _ in range(5)])
del r.gauss_next
try:
    r.gauss()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r.getstate()
except AttributeError as e:
    print(type(e).__name__, e)
r.seed(3)
print(r.gauss_next, r.gauss())
random.seed(10)
print(randint(1, 100), Random(10).randint(1, 100))
x = [1, 2, 3, 4, 5]
shuffle(x)
print(x)
try:
    random.choices([1, 2], 3)
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    random.randrange("q")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__context__)
try:
    random.setstate((2, ("a",) * 625, None))
except TypeError as e:
    print(repr(e), type(e.__cause__).__name__)
try:
    r.nosuch
except AttributeError as e:
    print(e)
try:
    random.nosuch
except AttributeError as e:
    print(e)

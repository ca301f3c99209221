# Checklist 66: a genexp is a generator named <genexpr>; send ignored; close works.
import inspect
def f():
    return (y for y in [])
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, f().__qualname__)
print(next(ge), ge.send("ignored"))
print(ge.close(), next(ge, "closed"), inspect.getgeneratorstate(ge))
g2 = (i for i in range(3))
next(g2)
try:
    g2.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e, inspect.getgeneratorstate(g2))
print(repr(f()).startswith("<generator object f.<locals>.<genexpr> at 0x"))

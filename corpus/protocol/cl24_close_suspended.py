# Checklist 24: close() on a suspended generator, twice.
import inspect
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
g = gen()
print(next(g))
print(g.close())
print(inspect.getgeneratorstate(g))
print(g.close())
print(list(g))

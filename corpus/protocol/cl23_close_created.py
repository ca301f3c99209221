# Checklist 23: close() on a created generator.
import inspect
def gen():
    try:
        print("body")
        yield 1
    finally:
        print("finally")
g = gen()
print(g.close())
print(inspect.getgeneratorstate(g))
print(list(g))

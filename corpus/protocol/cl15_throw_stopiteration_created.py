# Checklist 15: throw(StopIteration(9)) into a created generator.
import inspect
def gen():
    print("never")
    try:
        yield 1
    finally:
        print("never either")
g = gen()
try:
    g.throw(StopIteration(9))
except RuntimeError as e:
    print(repr(e))
print(inspect.getgeneratorstate(g))

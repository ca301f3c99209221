# Checklist 14: throw(StopIteration(9)) into a suspended generator.
import inspect
def gen():
    try:
        yield 1
    finally:
        print("finally runs")
g = gen()
next(g)
try:
    g.throw(StopIteration(9))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
print(inspect.getgeneratorstate(g))

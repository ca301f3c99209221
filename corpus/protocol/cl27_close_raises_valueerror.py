# Checklist 27: an exception raised on close propagates with GeneratorExit as context.
import inspect
def gen():
    try:
        yield 1
    finally:
        raise ValueError("on close")
g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print(repr(e), repr(e.__context__))
print(inspect.getgeneratorstate(g))

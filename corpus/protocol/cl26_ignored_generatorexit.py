# Checklist 26: yielding after GeneratorExit.
import inspect
def gen():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring")
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e))
print(inspect.getgeneratorstate(g))
print(next(g))

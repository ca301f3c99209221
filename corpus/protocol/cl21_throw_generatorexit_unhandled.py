# Checklist 21: throw(GeneratorExit) unhandled propagates.
import inspect
def gen():
    try:
        yield 1
    finally:
        print("finally")
g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit propagated", repr(e))
print(inspect.getgeneratorstate(g))

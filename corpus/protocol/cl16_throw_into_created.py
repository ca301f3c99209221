# Checklist 16: throw into a created generator runs no handler.
import inspect
def gen():
    try:
        print("body")
        yield 1
    except ValueError:
        print("except")
    finally:
        print("finally")
g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated", e)
print(inspect.getgeneratorstate(g))
print(list(g))

# Checklist 41: send to a list delegate.
import inspect
def outer():
    try:
        yield from [1, 2, 3]
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(inspect.getgeneratorstate(g))

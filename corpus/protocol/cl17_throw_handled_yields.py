# Checklist 17: a handled throw returns the next yield.
import inspect
def gen():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("handled", e)
            yield "after " + str(e.args[0])
g = gen()
print(next(g))
print(g.throw(KeyError("a")))
print(next(g))
print(g.throw(KeyError, "b"))
print(inspect.getgeneratorstate(g))

# Checklist 18: a handled throw followed by return.
import inspect
def gen():
    try:
        yield 1
    except ValueError:
        return "returned"
g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print(repr(e), e.value)
print(inspect.getgeneratorstate(g))

# Checklist 12: StopIteration subclasses; caught StopIteration is fine.
class MyStop(StopIteration):
    pass
def sub():
    yield 1
    raise MyStop("m")
def caught():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        print("caught", e.value)
    yield "after"
def via_next():
    it = iter([])
    yield next(it, "default")
    yield next(it)
g = sub()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)
print(list(caught()))
g = via_next()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

# Checklist 44: a throw the delegate does not handle is catchable in the delegator.
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"
def inner():
    yield "inner"
def outer(sub):
    try:
        yield from sub
    except ValueError as e:
        print("delegator caught", repr(e))
        yield "recovered"
for sub in (inner(), NoThrow(), iter([1, 2])):
    g = outer(sub)
    print(next(g))
    print(g.throw(ValueError("v")))

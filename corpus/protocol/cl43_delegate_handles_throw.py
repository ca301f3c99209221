# Checklist 43: the delegate handles throw and returns v.
def inner():
    try:
        yield "inner waiting"
    except KeyError as e:
        print("inner handled", e)
        return "inner result"
def outer():
    v = yield from inner()
    print("yield from gave", v)
    yield "outer continues"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))

# throw() into the outer generator of a `yield from` chain reaches the
# innermost one; uncaught, it shows every delegating frame.
def inner():
    yield "inner 1"
    yield "inner 2"

def middle():
    yield "middle"
    yield from inner()

def outer():
    yield from middle()

g = outer()
print(next(g))
print(next(g))
g.throw(KeyError("thrown"))

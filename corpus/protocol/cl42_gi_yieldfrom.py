# Checklist 42: gi_yieldfrom during and after yield from.
def inner():
    yield 1
    yield 2
def outer():
    yield "start"
    yield from sub
    yield "end"
sub = inner()
g = outer()
print(g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom is sub)
print(next(g), g.gi_yieldfrom is sub)
print(next(g), g.gi_yieldfrom)
def over_list():
    yield from [7]
h = over_list()
next(h)
print(type(h.gi_yieldfrom).__name__)

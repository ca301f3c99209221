# next() on an exhausted generator at top level: the first StopIteration
# carries the return value, later ones carry nothing.
def pair():
    yield "a"
    yield "b"
    return 42

g = pair()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value, e.args)
print(next(g, "default"))
next(g)

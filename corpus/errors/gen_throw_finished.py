# throw() into a finished generator raises at the call site only.
def once():
    yield "only"

g = once()
print(list(g))
try:
    g.throw(ValueError("first"))
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
g.throw(IndexError("after the end"))

# KeyError shows the repr of the key; tuple keys print as tuples.
def attempt(label, f):
    try:
        print(label, f())
    except KeyError as e:
        print(label, "->", repr(e), str(e))

grid = {(0, 0): "origin", (1, 2): "point"}
attempt("present", lambda: grid[(1, 2)])
attempt("str key", lambda: {"a": 1}["b"])
attempt("quote key", lambda: {"a": 1}["it's"])
attempt("int key", lambda: {1: 2}[3])
attempt("pop", lambda: {}.pop("gone"))
attempt("set remove", lambda: {1}.remove(2))
attempt("popitem", lambda: {}.popitem())

def cell(x, y):
    return grid[(x, y)]

print(cell(0, 0))
print(cell(2, 3))

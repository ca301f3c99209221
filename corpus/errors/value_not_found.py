# index/remove of a missing element raise ValueError with CPython's messages.
def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "->", e)

attempt("list.index", lambda: [1, 2, 3].index(5))
attempt("list.index str", lambda: ["a", "b"].index("z"))
attempt("tuple.index", lambda: (1, 2).index(9))
attempt("str.index", lambda: "hello".index("z"))
attempt("list.remove", lambda: [1, 2].remove(3))

def position(items, wanted):
    return items.index(wanted)

print(position(["x", "y"], "y"))
print(position(["x", "y"], "w"))

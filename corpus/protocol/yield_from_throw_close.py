# throw() and close() are forwarded to the delegate of a yield from.
def inner():
    try:
        yield "i"
    except ValueError:
        return "inner handled ValueError"
    finally:
        print("inner finally")

def outer(d):
    try:
        print("result:", (yield from d))
        yield "outer after"
    except (KeyError, ValueError) as e:
        yield f"outer caught {e!r}"

g = outer(inner())
next(g)
print(g.throw(ValueError("v")))
g = outer(inner())
next(g)
print(g.throw(KeyError("k")))
g = outer(inner())
next(g)
g.close()
print("closed")
g = outer(iter([1, 2]))
print(next(g), g.gi_yieldfrom is not None)
print(next(g))
print(next(g), g.gi_yieldfrom)

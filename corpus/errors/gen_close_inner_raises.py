# close() on a delegating generator closes the inner one first; an error in
# the inner finally propagates out of close() through both frames.
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")
        raise LookupError("inner cleanup failed")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()

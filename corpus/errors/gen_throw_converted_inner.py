# The innermost generator of a `yield from` chain converts a thrown error;
# the new error keeps the thrown one as its context and passes the outer
# frames on its way out.
def inner():
    try:
        yield 1
    except KeyError as e:
        raise ValueError(f"inner could not handle {e}")

def outer():
    result = yield from inner()
    return result

g = outer()
print(next(g))
g.throw(KeyError("k"))

# throw() with a type (no instance); the handler converts it to another error.
def reader():
    try:
        yield "line 1"
        yield "line 2"
    except EOFError:
        raise RuntimeError("reader interrupted")

r = reader()
print(next(r))
r.throw(EOFError)

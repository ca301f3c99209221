# An exception handler that yields: the error raised on resumption still
# has the handled exception as its context.
def retrying():
    try:
        yield int("x")
    except ValueError:
        yield "retrying"
        raise RuntimeError("gave up")

r = retrying()
print(next(r))
print("between")
next(r)

# `raise ... from None` hides the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None

print(lookup({"x": 1}, "x"))
lookup({}, "y")

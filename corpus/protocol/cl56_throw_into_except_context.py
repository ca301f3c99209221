# Checklist 56: an exception thrown into an except block gets the handled one as context.
def gen():
    try:
        raise ValueError("handled")
    except ValueError:
        yield "in handler"
g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__))

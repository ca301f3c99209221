# An exception raised inside an except block that spans a yield still gets
# the handled exception as its context when the generator is resumed.
def gen():
    try:
        raise KeyError("original")
    except KeyError:
        yield "suspended in handler"
        raise ValueError("raised after resume")

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

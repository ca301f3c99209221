# Checklist 28: StopIteration raised on close.
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("s")
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

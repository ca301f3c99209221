# Checklist 11: raise StopIteration inside a generator.
def gen():
    yield 1
    raise StopIteration(42)
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e))
    print(type(e.__cause__).__name__, e.__cause__.args)
    print(e.__cause__ is e.__context__, e.__suppress_context__)

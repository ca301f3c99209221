# Checklist 59: return in finally discards the exception.
def gen():
    try:
        yield 1
    finally:
        return "v"
g = gen()
next(g)
try:
    g.throw(ValueError("lost"))
except StopIteration as e:
    print(repr(e))
g = gen()
next(g)
print(g.close())

# Checklist 8: return 5 -> StopIteration(5).
def gen():
    yield 1
    return 5
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

# Checklist 10: return, return None, end of body.
def a():
    yield 1
    return
def b():
    yield 1
    return None
def c():
    yield 1
for f in (a, b, c):
    g = f()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, e.args, e.value, repr(e))

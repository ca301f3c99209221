# Checklist 33: a local generator is finalised when its function returns.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
def f():
    h = gen("local")
    next(h)
    print("f returns")
def k():
    h = gen("returned")
    next(h)
    return h
f()
print("after f")
kept = k()
print("kept alive", next(kept))
kept = 0
print("end")

# Checklist 49: bare yield, values after next(), yield 1, 2.
def gen():
    x = yield
    print("x", x)
    y = yield 1, 2
    print("y", y)
    yield (yield)
g = gen()
print(next(g))
print(next(g))
print(g.send("sent"))
print(g.send("inner"))

# Checklist 60: continue in finally swallows a thrown exception.
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            continue
    yield "end"
g = gen()
print(next(g))
print(g.throw(ValueError("swallowed")))
print(g.throw(KeyError))
print(list(g))

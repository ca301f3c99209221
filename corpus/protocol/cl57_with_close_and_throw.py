# Checklist 57: with around a yield: close() and throw() reach __exit__.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False
def gen():
    with CM():
        yield 1
        yield 2
g = gen()
next(g)
g.close()
g = gen()
next(g)
try:
    g.throw(IndexError("i"))
except IndexError as e:
    print("propagated", repr(e))
g = gen()
print(list(g))

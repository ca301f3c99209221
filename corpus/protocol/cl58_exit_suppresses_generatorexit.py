# Checklist 58: __exit__ suppresses GeneratorExit and the body yields.
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("swallowing", t.__name__)
        return True
def gen():
    with Swallow():
        yield 1
    yield 2
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e))
def quiet():
    with Swallow():
        yield 1
    print("after with")
q = quiet()
next(q)
print(q.close())

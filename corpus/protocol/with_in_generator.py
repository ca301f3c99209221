# A with block spanning yields inside a generator: close() and throw() run
# __exit__ with the exception; exhaustion runs it with Nones.
class Tracer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


def gen(name):
    with Tracer(name):
        yield 1
        yield 2
    yield "after with"


print(list(gen("exhausted")))
g = gen("closed")
next(g)
g.close()
g = gen("thrown")
next(g)
print(g.throw(KeyError("suppressed")))
g = gen("thrown-value")
next(g)
try:
    g.throw(ValueError("escapes"))
except ValueError as e:
    print("escaped", repr(e))

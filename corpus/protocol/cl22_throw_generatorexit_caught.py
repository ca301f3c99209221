# Checklist 22: throw(GeneratorExit) caught, then yield returns the value.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
    yield 2
    yield 3
g = gen()
print(next(g))
print(g.throw(GeneratorExit))
print(next(g))

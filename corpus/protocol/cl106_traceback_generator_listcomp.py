# Checklist 106: a traceback through a generator and a listcomp.
def gen(xs):
    yield "first"
    yield [1 // x for x in xs]
def consume():
    for x in gen([1, 0]):
        print("got", x)
consume()

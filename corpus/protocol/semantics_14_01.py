# SEMANTICS.md §14 (Uncaught exceptions and exit status), example 1.
def gen(xs):
    yield "first"
    yield [1 // x for x in xs]
def consume():
    for x in gen([1, 0]): print("got", x)
consume()

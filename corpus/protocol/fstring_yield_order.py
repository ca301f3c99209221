# An f-string whose later field yields: the earlier fields are formatted first.
def g():
    clock = 0
    while True:
        got = f"{clock} {(yield clock)} {clock!r:>4}"
        print(got)
        clock += 5
        if clock > 10:
            return
it = g()
next(it)
try:
    for word in ["x", "y", "z"]:
        it.send(word)
except StopIteration:
    print("done")

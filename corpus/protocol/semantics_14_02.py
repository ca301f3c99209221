# SEMANTICS.md §14 (Uncaught exceptions and exit status), example 2.
def gen():
    yield 1
    raise StopIteration("inner")
try:
    for x in gen(): pass
except RuntimeError:
    raise ValueError("while handling")

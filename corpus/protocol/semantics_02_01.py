# SEMANTICS.md §2 (Return values, StopIteration and PEP 479), example 1.
def ret(v):
    yield 0
    return v
def bare(): yield 0
for g in (ret(5), ret((1, 2)), ret(ValueError("x")), ret(None), bare()):
    next(g)
    try: next(g)
    except StopIteration as e: print(repr(e), e.args, repr(e.value))
try: next(g)
except StopIteration as e: print("again:", repr(e))

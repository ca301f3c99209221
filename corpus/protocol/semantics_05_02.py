# SEMANTICS.md §5 (Finalisation), example 2.
def bad():
    try: yield 1
    finally: raise ValueError("in finally")
def stubborn():
    try: yield 1
    except GeneratorExit: pass
    yield 2
g = bad(); next(g)
g = stubborn(); next(g)
del g
print("program continues")

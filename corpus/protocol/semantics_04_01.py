# SEMANTICS.md §4 (close()), example 1.
def gen():
    try: yield 1
    finally: print("finally")
def returns():
    try: yield 1
    except GeneratorExit: return "value"
g = gen(); print(g.close(), next(g, "closed"))
g = gen(); next(g); print(g.close(), g.close())
r = returns(); next(r); print(repr(r.close()))

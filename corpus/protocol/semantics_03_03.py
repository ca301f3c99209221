# SEMANTICS.md §3 (throw()), example 3.
def gen(catch):
    try: yield 1
    except GeneratorExit:
        if not catch: raise
        yield "yielded after GeneratorExit"
    finally: print("finally")
g = gen(False); next(g)
try: g.throw(GeneratorExit)
except GeneratorExit: print("throw(GeneratorExit) propagated")
g = gen(True); next(g)
print(g.throw(GeneratorExit)); g.close()

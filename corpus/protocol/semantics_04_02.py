# SEMANTICS.md §4 (close()), example 2.
import inspect
def ignores():
    try: yield 1
    except GeneratorExit: yield 2
def raises():
    try: yield 1
    except GeneratorExit: raise ValueError("during close")
def stops():
    try: yield 1
    except GeneratorExit: raise StopIteration
for f in (ignores, raises, stops):
    g = f(); next(g)
    try: g.close()
    except Exception as e: print(f"{type(e).__name__}: {e} | context {e.__context__!r}")
    print("  state:", inspect.getgeneratorstate(g))

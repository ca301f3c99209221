# SEMANTICS.md §8 (Exceptions, try/finally and with around yields), example 2.
class CM:
    def __init__(self, suppress=False): self.suppress = suppress
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("__exit__ got", t.__name__); return self.suppress
def gen(cm):
    with cm: yield 1
    yield "after with"
g = gen(CM()); next(g); g.close()
g = gen(CM()); next(g)
try: g.throw(IndexError)
except IndexError: print("IndexError propagated")
g = gen(CM(suppress=True)); next(g)
try: g.close()
except RuntimeError as e: print("RuntimeError:", e)

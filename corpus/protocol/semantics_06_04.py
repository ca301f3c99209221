# SEMANTICS.md §6 (yield from (PEP 380)), example 4.
class Closable:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("delegate close() called")
class BadClose(Closable):
    def close(self): raise KeyError("close failed")
def inner():
    try: yield 1
    finally: print("inner finally")
def outer(d):
    try: yield from d
    except BaseException as e: print("outer sees", repr(e)); raise
for d in (inner(), Closable(), iter([1, 2]), BadClose()):
    g = outer(d); next(g)
    try: g.close()
    except KeyError as e: print("close() raised", repr(e))

# SEMANTICS.md §8 (Exceptions, try/finally and with around yields), example 1.
import sys
def gen():
    print("inside:", repr(sys.exc_info()[1]))
    try: raise ValueError("gen's own")
    except ValueError:
        yield
        print("resumed:", repr(sys.exc_info()[1])); raise
g = gen()
try: raise KeyError("caller's")
except KeyError:
    next(g); print("caller:", repr(sys.exc_info()[1]))
    try: next(g)
    except ValueError as e: print("re-raised", repr(e), "| context", repr(e.__context__))
h = gen(); next(h)
try: h.throw(IndexError("thrown"))
except IndexError as e: print("thrown context:", repr(e.__context__))

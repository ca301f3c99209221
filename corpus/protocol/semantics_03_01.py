# SEMANTICS.md §3 (throw()), example 1.
import inspect
def gen():
    try: yield 1
    except ValueError as e: print("handler got", repr(e)); yield "from handler"
    except KeyError: return "returned"
    finally: print("finally")
g1 = gen()
try: g1.throw(ValueError("early"))
except ValueError as e: print("created:", repr(e), inspect.getgeneratorstate(g1))
g2 = gen(); next(g2)
print("caught ->", repr(g2.throw(ValueError("v")))); g2.close()
g3 = gen(); next(g3)
try: g3.throw(KeyError("k"))
except StopIteration as e: print("handled, returned:", repr(e))
g4 = gen(); next(g4)
try: g4.throw(IndexError("i"))
except IndexError as e: print("uncaught:", repr(e), inspect.getgeneratorstate(g4))

# SEMANTICS.md §2 (Return values, StopIteration and PEP 479), example 3.
import inspect
def gen():
    try: yield 1
    finally: print("finally runs")
g = gen(); next(g)
try: g.throw(StopIteration(9))
except RuntimeError as e: print(repr(e), repr(e.__cause__))
g = gen()
try: g.throw(StopIteration(9))
except BaseException as e: print(repr(e), repr(e.__cause__), inspect.getgeneratorstate(g))

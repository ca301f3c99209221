# Checklist 4: throw() of a non-exception.
import inspect
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    yield 1
g = gen()
show(lambda: g.throw(42))
show(lambda: g.throw("text"))
show(lambda: g.throw(int))
print(inspect.getgeneratorstate(g))
print(next(g))
show(lambda: g.throw(None))
print(inspect.getgeneratorstate(g))

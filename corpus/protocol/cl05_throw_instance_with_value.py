# Checklist 5: throw(instance, value).
import inspect
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
g = gen()
print(next(g))
show(lambda: g.throw(ValueError("v"), 1))
print(inspect.getgeneratorstate(g))
show(lambda: g.throw(ValueError, "from type"))

# Checklist 3: send(non-None) to a created generator; still runnable.
import inspect
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    x = yield "a"
    print("x", x)
    yield "b"
g = gen()
show(lambda: g.send(5))
show(lambda: g.send(""))
print(inspect.getgeneratorstate(g))
show(lambda: g.send(None))
show(lambda: g.send(7))
show(lambda: next(g))

# SEMANTICS.md §1 (Generator states and transitions), example 2.
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    yield 1
    return "r"
g = gen()
show(lambda: g.send(5)); show(lambda: g.throw(42)); show(lambda: g.throw(ValueError("v"), 1))
show(lambda: list(g))
show(lambda: next(g)); show(lambda: g.send("x")); show(lambda: g.throw(KeyError("k"))); show(g.close)

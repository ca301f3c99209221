# SEMANTICS.md §1 (Generator states and transitions), example 3.
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    print("running:", g.gi_running)
    for op in (lambda: next(g), lambda: g.send(1), lambda: g.throw(KeyError), g.close): show(op)
    yield "ok"
g = gen(); show(lambda: next(g))

# Checklist 7: a running generator calling its own methods.
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    print("running:", g.gi_running)
    show(lambda: next(g))
    show(lambda: g.send(1))
    show(lambda: g.throw(KeyError))
    show(g.close)
    yield "ok"
    show(lambda: next(g))
g = gen()
show(lambda: next(g))
print(g.gi_running)
show(lambda: next(g))

# Checklist 6: calls on a closed generator.
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    yield 1
g = gen()
print(list(g))
show(lambda: next(g))
show(lambda: g.send(None))
show(lambda: g.send("x"))
err = KeyError("k")
try:
    g.throw(err)
except KeyError as e:
    print("same object:", e is err)
show(lambda: g.throw(IndexError))
show(g.close)
show(g.close)

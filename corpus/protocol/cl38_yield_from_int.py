# Checklist 38: yield from 5.
def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
def gen():
    yield "before"
    yield from 5
g = gen()
show(lambda: next(g))
show(lambda: next(g))
show(lambda: next(g))
def gen2():
    yield from None
show(lambda: next(gen2()))

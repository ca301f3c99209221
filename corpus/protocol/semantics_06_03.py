# SEMANTICS.md §6 (yield from (PEP 380)), example 3.
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return "nt"
def inner():
    try: yield "i"
    except ValueError: return "inner handled ValueError"
def outer(d):
    try:
        print("result:", (yield from d))
        yield "outer after"
    except (KeyError, ValueError) as e: yield f"outer caught {e!r}"
for d, exc in ((inner(), ValueError("v")), (inner(), KeyError("k")), (NoThrow(), ValueError("v"))):
    g = outer(d); next(g); print(g.throw(exc))

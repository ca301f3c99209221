# SEMANTICS.md §9 (Generator expressions and comprehensions), example 2.
x = "outer"
print([x for x in range(2)], x)
class C:
    n = 3
    ok = [i for i in range(n)]
    try: bad = [n * i for i in range(2)]
    except NameError as e: print("NameError:", e)
print(C.ok)
def f(): return (y for y in [])
ge = (i for i in range(3))
print(repr(f()).split(" at ")[0], ge.__name__, next(ge), ge.send("ignored"), ge.close(), next(ge, "closed"))

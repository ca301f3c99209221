# SEMANTICS.md §3 (throw()), example 2.
def gen():
    while True:
        try: yield
        except Exception as e: print("got", repr(e), e is inst)
inst = ValueError("inst")
g = gen(); next(g)
g.throw(inst); g.throw(ValueError); g.throw(ValueError, "msg"); g.throw(ValueError, inst)

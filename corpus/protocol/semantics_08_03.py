# SEMANTICS.md §8 (Exceptions, try/finally and with around yields), example 3.
def ret():
    try: yield 1; raise ValueError("discarded")
    finally: return "from finally"
g = ret(); next(g)
try: next(g)
except StopIteration as e: print("StopIteration value:", repr(e.value))
g = ret(); next(g); print("close() ->", g.close())
def loop():
    for i in range(3):
        try: yield i
        finally:
            if i == 0: continue
            break
    yield "after loop"
print(list(loop()))
g = loop(); next(g); print(g.throw(ValueError("eaten by continue")))
try: g.close()
except RuntimeError as e: print("RuntimeError:", e)

# SEMANTICS.md §9 (Generator expressions and comprehensions), example 1.
class Src:
    def __init__(self, n): self.n = n
    def __iter__(self): print("iter", self.n); return iter(range(self.n))
g = (x * y for x in Src(2) for y in Src(3))
print("created"); print(next(g))
try: (x for x in 5)
except TypeError as e: print("at creation: TypeError:", e)
g2 = (1 // x for x in [1, 0]); print(next(g2))
try: next(g2)
except ZeroDivisionError as e: print("lazily: ZeroDivisionError:", e)

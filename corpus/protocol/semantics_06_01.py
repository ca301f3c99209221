# SEMANTICS.md §6 (yield from (PEP 380)), example 1.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): print("__iter__"); return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration("it result")
        return self.n
    def send(self, v): print("send", repr(v)); return next(self)
def outer(): print("r =", (yield from It()), "| gi_yieldfrom:", g.gi_yieldfrom)
g = outer(); print("created; nothing called yet")
print(next(g), g.send(None), g.send("v"), type(g.gi_yieldfrom).__name__)
print(next(g, "exhausted"))

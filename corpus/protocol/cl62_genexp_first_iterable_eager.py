# Checklist 62: a genexp runs iter() of its first iterable at creation; inner ones lazily.
class Src:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter", self.n)
        return iter(range(self.n))
g = (x * y for x in Src(2) for y in Src(3))
print("created")
print(next(g))
print(list(g))
h = (x for x in Src(1) if print("condition") is None)
print("second created")
print(list(h))

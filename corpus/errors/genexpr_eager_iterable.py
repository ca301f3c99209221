# The first iterable of a generator expression is evaluated at once, so the
# error comes from the line that creates it, with no <genexpr> frame.
def make(source):
    return (x * 2 for x in source)

g = make([1, 2])
print(list(g))
lazy = make(None)
print("not reached", lazy)

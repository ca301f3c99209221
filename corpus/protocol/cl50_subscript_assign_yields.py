# Checklist 50: d[(yield 'key')] = (yield 'value') yields the value first.
def gen(d):
    d[(yield "key")] = (yield "value")
d = {}
g = gen(d)
print(next(g))
print(g.send("V"))
try:
    g.send("K")
except StopIteration:
    pass
print(d)

# Checklist 51: d[(yield 'key')] += (yield 'rhs') yields the key first.
def gen(d):
    d[(yield "key")] += (yield "rhs")
d = {"k": 10}
g = gen(d)
print(next(g))
print(g.send("k"))
try:
    g.send(5)
except StopIteration:
    pass
print(d)
def attr(o):
    o.n += yield "attr"
class O:
    n = 1
o = O()
a = attr(o)
next(a)
try:
    a.send(41)
except StopIteration:
    pass
print(o.n)

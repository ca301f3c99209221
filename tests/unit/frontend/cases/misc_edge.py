f = lambda a=lambda: 1, *, b=2: a() + b
g = lambda: x if y else z
h = a if b else lambda: c
not a == b
not a in b
-a.b
-a[0]
-a()
await_ = -x ** 2
a[b][c]
a[...]
a[:, None]
a[1:2, ...]
a[::2, 1:]
del x[0:2]
f().x = 1
f()[0] = 1
x = [*range(3), *[4]]
y = {**a, 'k': 1, **b}
s = {(1, 2), (3, 4)}
d = {(1, 2): 'a', None: 'b'}
f(a, *b, c=1, *d, **e)
print(f"{x!r:{'>'}{10}}")
for x in y if z else w: pass
n = 1_0.0_1e1_0
m = 0b_1 + 0o_7 + 0x_F
r = r'\'' + r"\"" + r'\\'
b1 = b'\777'
s1 = '\777'
s2 = "\8\9"
t = """a\
b"""
u = 'a\
b'
if x: a; b
with a as b, (c, d) as e: pass
class K(B, **kw): pass
x = (  # comment
    1)
def gen():
    return
    yield
z = (yield_ := 3)
x = 1 if True else 2, 3
x = [i for i in range(3)][0]
x = {i: i for i in range(3)}[0]
x = f(*[1, 2], *(3,))
x = a or b and not c
x = (a or b) and (not c)
x = a | b & c ^ d
x = a << b + c
x = -(-a)
x = ~-+a
x = a.b.c(d).e[f](g)
x = 'abc'[1:]
x = b'abc'[0]
x = ...
x = ....__class__
x = 1 .real
x = 1.0.real
x = 1e5.real
x = f"{1:{2}}" f"{3}"
x = (a)(b)
x = (a)[b]
x = (a).b
x = (1, 2)[0]
print(*args, sep='', **kw)
print(a, (b for b in c))

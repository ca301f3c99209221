a + b - c * d / e // f % g @ h
a ** b ** c
-a ** -b
-x + +y - ~z
not a
not not a
a and b and c
a or b or c
a and b or c and d
a or (b and c)
a if b else c
a if b else c if d else e
(a if b else c) if d else e
a < b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
a is not b not in c
a | b ^ c & d << e >> f
(a | b) ^ (c & d)
x[0]
x[1:2]
x[:]
x[::]
x[1:]
x[:2]
x[::3]
x[1:2:3]
x[a, b]
x[a:b, c]
x[1:2, ::3]
x[(a, b)]
x[a,]
x[*a]
x[*a, b]
x.y.z
x().y()[0]
f(a)(b)(c)
f(*args, **kwargs)
f(a, *b, c, *d, e=1, **f)
f(a=1, *b)
f(x for x in y)
f((x for x in y), z)
f(x, key=lambda y: y)
f(**a, **b)
f(a,)
await_ = 1
(a)
((a))
(a, b)
(a,)
()
[]
[1]
[1, 2, 3,]
{}
{1: 2}
{1: 2, **a, 3: 4}
{1, 2}
{1, *a}
{*a, *b}
[*a, *b]
(*a, *b)
*a, b = c
a = *b, c
print(*a)
1 + 2 if False else 3

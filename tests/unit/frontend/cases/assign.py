x = 1
x = y = z = 2
a, b = 1, 2
a, *b = c
[a, b] = c
(a, b) = c
a.b = c
a[0] = b
a[1:2] = c
a, (b, c), [d, *e] = f
x = yield
x = yield 1
x = yield from y
x = *a, b
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= m
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
a.b += 1
a[0] -= 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: str = "s"
x: list[int] = []
del a
del a, b
del a[0], b.c
del (a, b)
del [a, b]
del (a)
x = (y := 5)
print(y := 10)
[y := f(x), y ** 2]
if (n := len(a)) > 10: pass
while chunk := read(): pass
a[x := 1]
def g():
    x = yield
    y = yield x
    (yield)
    z = await_ = 3
a = b = yield_ = None
x = y, = z

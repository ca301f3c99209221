# Attribute sites remember where they found a name (an inline cache); every
# change below must still be seen, exactly as CPython sees it.
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def read_x(p):
    return p.x


def bump(p):
    p.x += 1


def norm_of(p):
    return p.norm()


class Other:
    def __init__(self):
        self.y = "other y"
        self.x = "other x"  # x at another index

    def norm(self):
        return "Other.norm"


# The same sites see instances of several classes and layouts.
a = Point(1, 2)
b = Other()
for obj in [a, b, a, b, a]:
    print(read_x(obj), norm_of(obj))
bump(a)
bump(a)
print(read_x(a))

# An instance whose attributes were made in another order.
c = Point(5, 6)
del c.x
c.x = 50
print(read_x(c), read_x(a), c.norm())

# An instance attribute shadows the method; deleting it shows it again.
a.norm = lambda: "shadowed"
print(norm_of(a))
del a.norm
print(norm_of(a))

# The class's method is replaced, then a property takes over x.
Point.norm = lambda self: "replaced"
print(norm_of(a), norm_of(c))
print(read_x(a))
Point.x = property(lambda self: "property x")
print(read_x(a), read_x(c))
del Point.x
print(read_x(a), read_x(c))

# A missing attribute after hits raises AttributeError as always.
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 7
print(read_x(a))


# A __getattr__ answers misses only.
class Lazy:
    def __getattr__(self, name):
        return "computed " + name


lz = Lazy()
print(read_x(lz), hasattr(lz, "anything"))
lz.x = "stored"
print(read_x(lz), hasattr(lz, "anything"))
del lz.x
print(read_x(lz), hasattr(lz, "anything"))


# Classes made again and again: each new class is seen as new.
def make(i):
    class K:
        def norm(self):
            return f"K{i}.norm"
    k = K()
    k.x = i
    return k


for i in range(4):
    print(read_x(make(i)), norm_of(make(i)))


# Exceptions and object() go through the general path.
class Oops(Exception):
    pass


err = Oops("boom")
err.x = "on an exception"
print(read_x(err))
o = object()
try:
    read_x(o)
except AttributeError as e:
    print("AttributeError:", e)


# Module attributes: read, call, and changed.
def sqrt_of(v):
    return math.sqrt(v)


def pi():
    return math.pi


print(sqrt_of(16.0), pi())
math.sqrt = lambda v: "patched sqrt"
math.pi = 3
print(sqrt_of(16.0), pi())
del math.sqrt
try:
    sqrt_of(4.0)
except AttributeError as e:
    print("AttributeError:", e)

from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, list(p), tuple(p))
print(p == Point(1, 2), p == (1, 2), p == Point(2, 1), hash(p) == hash((1, 2)))
print(Point._fields, p._fields, p._asdict())
q = p._replace(y=10)
print(q, p)
print(Point(x=3, y=4), Point(5, y=6))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0])
print(Color(1, 2), Color(1, 2, 3))
print({p: "origin"}[Point(1, 2)], 2 in p, p.index(2), p.count(1))
print(sorted([Point(3, 1), Point(1, 2)], key=lambda pt: pt.x))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p._replace(z=1), lambda: p[5]):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as exc:
        print(type(exc).__name__, exc)
try:
    p.z
except AttributeError as exc:
    print("AttributeError", exc)

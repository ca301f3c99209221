# collections.namedtuple: fields from a comma string, defaults, unpacking
# in for loops, with a star and nested, nested reprs, _asdict of nested
# tuples, construction from * and **, slicing, and the errors of bad
# field names, defaults, _replace, wrong argument counts and unpacking.
from collections import namedtuple

Pair = namedtuple("Pair", "left, right")
print(Pair._fields, Pair(1, 2), Pair(*"xy"), Pair(**{"right": 0, "left": 9}))
Opt = namedtuple("Opt", "name value flag", defaults=(None, False))
print(Opt("n"), Opt("n", 1), Opt("n", flag=True), Opt._fields)

Point = namedtuple("Point", "x y")
points = [Point(1, 2), Point(-3, 4), Point(0, 0)]
for x, y in points:
    print(x * y, end=" ")
print()
first, *rest = Point(7, 8)
print(first, rest)
(a, b), c = Point(1, 2), 3
print(a, b, c)
print([p.x for p in sorted(points, key=lambda p: p.y)], min(points, key=lambda p: p.x))
Line = namedtuple("Line", "start end")
ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.end.x, ln[1][0], ln._asdict(), type(ln._asdict()).__name__)
print(ln._replace(end=Point(9, 9)), Point(*Point(1, 2)[::-1]), Point(**{"x": 5, "y": 6}))


v = Point(3, -4)
print(v._replace(x=0), v == (3, -4), v[::-1], v[:1], tuple(v), -4 in v, Point._fields)

for attempt in (
    lambda: namedtuple("T", "a 1b"),
    lambda: namedtuple("T", "_a"),
    lambda: namedtuple("T", "a b", defaults=(1, 2, 3)),
    lambda: Point(1, 2)._replace(x=1, z=2),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, 2).z,
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
try:
    p, q, r = Point(1, 2)
except ValueError as e:
    print(type(e).__name__, e)

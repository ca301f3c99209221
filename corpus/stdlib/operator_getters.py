# operator.itemgetter, attrgetter and methodcaller: sorting and grouping
# records, dotted attribute paths, several items at once, reprs, and the
# errors of building and calling them; fed from generators.
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [
    ("widget", 3, 2.50),
    ("gadget", 1, 10.00),
    ("doohickey", 3, 0.75),
    ("gizmo", 2, 10.00),
]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0), reverse=True))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(2)), min(rows, key=itemgetter(1, 2)))
print(itemgetter(slice(1, None))(rows[0]), itemgetter(-1)("last"), itemgetter("b", "a")({"a": 1, "b": 2}))


def readings():
    for i, name in enumerate(["north", "south", "east", "west"]):
        yield {"station": name, "temp": (i * 37) % 11, "ok": i != 2}


get_temp = itemgetter("temp")
print([get_temp(r) for r in readings()])
print(sorted(readings(), key=itemgetter("ok", "temp")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k, offset=0):
        return Point(self.x * k + offset, self.y * k + offset)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Segment:
    def __init__(self, start, end, label):
        self.start, self.end, self.label = start, end, label

    def __repr__(self):
        return f"Segment<{self.label}>"


points = [Point(3, -1), Point(-2, 2), Point(0, 1)]
print(sorted(points, key=attrgetter("x")), sorted(points, key=attrgetter("y", "x")))
segments = [Segment(p, q, n) for p, q, n in zip(points, reversed(points), "abc")]
print(sorted(segments, key=attrgetter("end.x")), attrgetter("start.y", "label")(segments[1]))
print(sorted(points, key=methodcaller("norm1")), methodcaller("scaled", 2, offset=1)(points[0]))
print(list(map(methodcaller("upper"), (w for w in ["gen", "exp"]))))
print(methodcaller("split", "-", maxsplit=1)("a-b-c"), methodcaller("count", "a")("banana"))

print(repr(itemgetter(1)), repr(itemgetter(1, "k")), repr(itemgetter((1, 2))))
print(repr(attrgetter("x")), repr(attrgetter("start.x", "label")))
print(repr(methodcaller("scaled")), repr(methodcaller("scaled", 2, offset=[1])))
print(type(itemgetter(1)), type(attrgetter("a")).__name__, isinstance(methodcaller("a"), methodcaller))

for attempt in (
    lambda: itemgetter(),
    lambda: itemgetter(1, k=2),
    lambda: itemgetter(5)(rows),
    lambda: itemgetter(0)(5),
    lambda: itemgetter(0)(rows, rows),
    lambda: itemgetter("x")({}),
    lambda: attrgetter(),
    lambda: attrgetter(3),
    lambda: attrgetter("z")(points[0]),
    lambda: attrgetter("start.z")(segments[0]),
    lambda: attrgetter("x")(),
    lambda: methodcaller(),
    lambda: methodcaller(7),
    lambda: methodcaller("nope")(points[0]),
    lambda: methodcaller("scaled")(points[0]),
    lambda: methodcaller("upper")("a", k=1),
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

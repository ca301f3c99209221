# Classes: __init__, attributes, methods, class attributes, __repr__/__str__,
# inheritance with super(), staticmethod/classmethod/property, isinstance.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(pair[0], pair[1])

    @property
    def swapped(self):
        return Point(self.y, self.x)


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z

    def __str__(self):
        return "<" + str(self.x) + "," + str(self.y) + "," + str(self.z) + ">"


p = Point(3, 4)
q = Point3(1, 2, 2)
print(p, repr(q), str(q), p.norm2(), q.norm2(), Point.dims, q.dims)
print(p + Point(1, 1), p == Point(3, 4), p != Point(3, 4), Point.origin(), Point.from_pair((5, 6)), p.swapped)
print(isinstance(q, Point), isinstance(p, Point3), type(q).__name__, Point.__name__)
p.x = 10
print(p.x, getattr(p, "y"), hasattr(p, "z"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

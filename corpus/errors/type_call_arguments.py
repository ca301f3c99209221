# Wrong argument counts, unexpected and duplicate keywords.
def area(width, height):
    return width * height

def scaled(value, *, factor):
    return value * factor

class Shape:
    def move(self, dx, dy):
        return dx + dy

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", e)

attempt("too many", lambda: area(1, 2, 3))
attempt("missing", lambda: area(1))
attempt("missing two", lambda: area())
attempt("unexpected", lambda: area(1, 2, depth=3))
attempt("multiple", lambda: area(1, width=2))
attempt("kwonly", lambda: scaled(2))
attempt("kwonly positional", lambda: scaled(2, 3))
attempt("method", lambda: Shape().move(1))
attempt("builtin", lambda: len([1], [2]))
print(area(2, 3))
print(Shape().move(1, 2, 3))

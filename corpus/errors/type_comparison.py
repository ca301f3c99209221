# Ordering comparisons between unrelated types, also inside sorted/max.
class Box:
    def __init__(self, size):
        self.size = size

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", e)

attempt("1 < 'a'", lambda: 1 < "a")
attempt("[1] >= (1,)", lambda: [1] >= (1,))
attempt("None > 0", lambda: None > 0)
attempt("Box < Box", lambda: Box(1) < Box(2))
attempt("max", lambda: max([3, "x"]))
attempt("==", lambda: Box(1) == 1)
print(sorted([3, 1, 2]))
print(sorted([Box(2), Box(1)]))

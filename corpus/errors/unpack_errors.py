# Unpacking too many or too few values.
def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "->", e)

def two(seq):
    a, b = seq
    return a + b

def three_star(seq):
    a, b, *rest, c = seq
    return rest

attempt("two([1, 2])", lambda: two([1, 2]))
attempt("two([1])", lambda: two([1]))
attempt("two('abc')", lambda: two("abc"))
attempt("two(gen)", lambda: two(x for x in range(5)))
attempt("three_star([1, 2])", lambda: three_star([1, 2]))
attempt("three_star(range(5))", lambda: three_star(range(5)))

pairs = [(1, 2), (3, 4), (5, 6, 7)]
for x, y in pairs:
    print(x, y)

# Errors in comprehension conditions, nested comprehensions and genexprs.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

data = [[1, 2], [3, 0], [5]]
attempt("cond", lambda: [x for row in data for x in row if 10 // x > 2])
attempt("set", lambda: {len(x) for x in ["a", 1]})
attempt("genexpr", lambda: tuple(r[1] for r in data))
print([[10 // x for x in row] for row in data[:1]])
print([[10 // x for x in row] for row in data])

# ValueErrors and TypeErrors of builtins given bad arguments.
def attempt(label, f):
    try:
        print(label, f())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

attempt("max([])", lambda: max([]))
attempt("min default", lambda: min([], default="none"))
attempt("int(None)", lambda: int(None))
attempt("join ints", lambda: "-".join([1, 2]))
attempt("sum strings", lambda: sum(["a", "b"], ""))
attempt("isinstance", lambda: isinstance(1, 5))
attempt("zip strict", lambda: list(zip([1, 2], [3], strict=True)))
attempt("split empty", lambda: "a b".split(""))
attempt("int(nan)", lambda: int(float("nan")))
attempt("next(list)", lambda: next([1]))
attempt("sorted(None)", lambda: sorted(None))

scores = {"ann": [90, 85], "bob": []}
for name, marks in scores.items():
    print(name, max(marks))

# int() and float() parsing errors and bad bases.
def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "->", e)

attempt("int('42')", lambda: int("42"))
attempt("int('x')", lambda: int("x"))
attempt("int('')", lambda: int(""))
attempt("int('9', 8)", lambda: int("9", 8))
attempt("int('12', 1)", lambda: int("12", 1))
attempt("int(' 3.5 ')", lambda: int(" 3.5 "))
attempt("float('abc')", lambda: float("abc"))
attempt("int('ff', 16)", lambda: int("ff", 16))

def parse_all(texts, base):
    return [int(t, base) for t in texts]

print(parse_all(["10", "11"], 2))
print(parse_all(["10", "11"], 37))

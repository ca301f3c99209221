# Float division by zero and zero to a negative power.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "->", e)

attempt("1.5 / 0", lambda: 1.5 / 0)
attempt("1.5 // 0.0", lambda: 1.5 // 0.0)
attempt("1.5 % 0.0", lambda: 1.5 % 0.0)
attempt("divmod(1.5, 0.0)", lambda: divmod(1.5, 0.0))
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("pow(0, -2.0)", lambda: pow(0, -2.0))

def inverse(x):
    return pow(x, -1)

print(inverse(4))
print(inverse(0))

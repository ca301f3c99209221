# TypeErrors of binary and unary operators with mismatched types.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", e)

attempt("1 + 'a'", lambda: 1 + "a")
attempt("'a' + 1", lambda: "a" + 1)
attempt("[1] + (2,)", lambda: [1] + (2,))
attempt("-'a'", lambda: -"a")
attempt("~1.5", lambda: ~1.5)
attempt("'a' * 'b'", lambda: "a" * "b")
attempt("None - 1", lambda: None - 1)
attempt("{} | []", lambda: {} | [])
attempt("'a' * 3", lambda: "a" * 3)

def label(name, count):
    return name + ": " + count

print(label("apples", "3"))
print(label("pears", 4))

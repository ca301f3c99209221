# Integer division by zero: //, %, divmod and / each have CPython's message.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)

attempt("7 // 2", lambda: 7 // 2)
attempt("7 // 0", lambda: 7 // 0)
attempt("7 % 0", lambda: 7 % 0)
attempt("divmod(7, 0)", lambda: divmod(7, 0))
attempt("big // 0", lambda: (10 ** 30) // 0)

def average(xs):
    return sum(xs) / len(xs)

print(average([1, 2, 3]))
print(average([]))

# Converting infinities and NaN to int raises; so does a huge repeat count.
def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, ValueError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)

inf = float("inf")
attempt("int(inf)", lambda: int(inf))
attempt("round(-inf)", lambda: round(-inf))
attempt("int(nan)", lambda: int(inf - inf))
attempt("repeat", lambda: [0] * (10 ** 20))
attempt("ok", lambda: int(1e18))

def as_percent(ratio):
    return round(ratio * 100)

print(as_percent(0.256))
print(as_percent(inf))

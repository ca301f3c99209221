# Errors of str.format, f-string format specs and %-formatting.
def attempt(label, f):
    try:
        print(label, f())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(label, "->", type(e).__name__, e)

x = 2.5
attempt("format index", lambda: "{} {}".format(1))
attempt("format key", lambda: "{name}".format(nom=1))
attempt("spec d", lambda: f"{x:d}")
attempt("spec on str", lambda: format("abc", "05d"))
attempt("%d str", lambda: "%d" % "a")
attempt("% not enough", lambda: "%s %s" % (1,))
attempt("% too many", lambda: "%s" % (1, 2))
attempt("ok", lambda: f"{x:>6.2f}|")

def row(cells):
    return " | ".join("{:>4}".format(c) for c in cells) + " {}".format()

print(row([1, 2]))

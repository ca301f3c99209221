# Encoding and decoding errors, and mixing bytes with str.
def attempt(label, f):
    try:
        print(label, f())
    except (UnicodeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

attempt("encode ascii", lambda: "café".encode("ascii"))
attempt("decode utf-8", lambda: b"ab\xffcd".decode("utf-8"))
attempt("bytes + str", lambda: b"a" + "b")
attempt("str + bytes", lambda: "a" + b"b")
attempt("ok", lambda: "café".encode("utf-8"))
attempt("ignore", lambda: b"ab\xffcd".decode("utf-8", "ignore"))

def read_name(raw):
    return raw.decode("ascii").title()

print(read_name(b"ada lovelace"))
print(read_name("Zoë".encode("utf-8")))

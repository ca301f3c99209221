# repr of strings: quote choice, escapes, non-ASCII, control chars; str/repr in containers.
for s in ["it's", 'a"b', "a'b\"c", "\n", "\t\r", "\x00", "\x7f", "é", "\u200b", "\xa0", "\\", "☃", "𝄞", "\U000e0001", "", "'", '"', "\x1b[0m", "\u0085", "\u2028"]:
    print(repr(s), len(repr(s)))
print(["it's", 'x', "é\n"], ("a",), {"k": "v'"})
print(str("a\nb"), repr(repr("a")), ascii("é☃𝄞\n"))
print(f"{'q'!r} {'é'!a} {'x':>4}|{'y':^5}|{'z':<3}|")

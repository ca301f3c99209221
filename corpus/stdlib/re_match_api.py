# re: search/match/fullmatch (module functions and Pattern methods with pos
# and endpos) and the Match API: group with several arguments and names,
# groups(default), groupdict, start/end/span, lastindex/lastgroup, regs,
# string/re/pos/endpos, expand, m[g], truthiness and repr; code-point
# positions in non-ASCII strings.
import re

m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group(2, 0, 1))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.start(), m.end())
print(m[0], m[1], m[2], m.lastindex, m.lastgroup, m.regs)
print(m.string, m.re, m.pos, m.endpos)
print(re.match(r"\d+", "call 555"), re.match(r"\w+", "call 555"))
print(re.fullmatch(r"\w+", "call 555"), re.fullmatch(r"[\w ]+", "call 555"))
print(re.fullmatch("a|ab", "ab"), re.match("a|ab", "ab"))

# Optional groups: None, or the default.
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.groups(default=0), m.group(2), m.span(2), m.start(2), m.end(3))
print(m.lastindex, m.regs)

# Named groups by name and by number.
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?", "Ada Lovelace")
print(m.group("first"), m["last"], m.group("first", 2), m.groupdict(), m.groupdict("?"))
print(m.span("last"), m.start("first"), m.lastgroup, m.lastindex)
for bad in (3, -1, "middle", 1.0):
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m["nope"]
except IndexError as e:
    print(type(e).__name__, e)
print(m.group(True), m[False])

# lastindex is the group that closed last.
for pattern, text in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"), (r"(a(b)?)+", "aba"),
                      (r"(x)?y", "y"), (r"((a)|(b))*", "ab"), (r"(a)()", "a")]:
    m = re.match(pattern, text)
    print(pattern, m.lastindex, m.groups())

# expand: templates with groups and escapes.
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-05-17")
print(m.expand(r"\2/\1"), m.expand(r"\g<m>.\g<y>"), m.expand(r"\g<2>\n\t|"), repr(m.expand(r"[\0\101]")))

# Pattern methods with pos and endpos.
p = re.compile(r"\w+")
text = "alpha beta gamma"
print(p.search(text, 5), p.search(text, 6, 8), p.match(text, 6), p.match(text, 5), p.fullmatch(text, 6, 10))
m = p.search(text, pos=11, endpos=100)
print(m, m.pos, m.endpos, m.string)
print(p.search(text, -5), p.search(text, 3, 2), p.match(text, 100))
print(re.compile(r"^\w").search("ab", 1), re.compile(r"\Bb").search("ab", 1), re.compile("a$").search("ab", 0, 1))

# Non-ASCII: positions are code points.
m = re.search(r"(ß+)(\w)", "naïve straßße!")
print(m, m.span(), m.span(1), m.start(2), m.group(2), m.regs)
m = re.search("€(\\d+)", "price: 😀 €42 ok")
print(m.span(), m.span(1), m.group(1), m)
print(re.compile("é").search("ééé", 2), re.compile(".").match("aé😀b", 2).span())
print([m.span() for m in re.finditer(".", "a😀é")])
long_text = "ü" * 500 + "xyz" + "ö" * 300 + "xyz"
print([m.start() for m in re.finditer("xyz", long_text)], re.search("xyz", long_text, ).end())
print(re.compile("y").search(long_text, 600).span())

# The repr is truncated as CPython's.
print(re.match(".*", "x" * 80))
print(re.search("b+", "a" + "b" * 10 + "c"))
print(re.match("", "abc"), re.search("$", "abc"))
print(re.match(r"\w+", "dåg\n"))

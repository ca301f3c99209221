# re: the flags I, M, S, X, A and their combinations with |, inline flags
# ((?i), (?x), scoped (?i:...) and (?-i:...)), Unicode versus ASCII \w \d
# \s \b, verbose patterns, Pattern repr and flags, and the compile cache.
import re

print([int(f) for f in (re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)], re.I | re.M == 10)
print(re.findall("a", "aAbA", re.I), re.findall("^b", "a\nb\nb", re.M), re.findall("a.b", "a\nb", re.S))
print(re.findall("a.b", "a\nb"), re.findall("(?s)a.b", "a\nb"), re.findall("(?i)A", "aA"))
print(re.findall(r"^\w+$", "One\ntwo\nTHREE", re.M | re.I), re.search(r"b$", "ab\n"), re.search(r"b\Z", "ab\n"))
print(re.findall(r"\w+", "naïve café 42 x_y"), re.findall(r"\w+", "naïve café 42 x_y", re.A))
print(re.findall(r"\d", "1٣۴"), re.findall(r"\d", "1٣۴", re.ASCII), re.findall(r"(?a)\d", "1٣۴"))
print(re.findall(r"\s", "a b\u00a0c\u2003d\x1ce"), re.findall(r"\s", "a b\u00a0c\u2003d", re.A))
print(re.findall(r"\bé\w*", "été éte"), re.findall(r"\b\w", "é x", re.A), re.findall(r"(?a:\w+)", "ab é cd"))
print(re.findall(r"(?u:\w+)", "ab é cd"), re.findall(r"[\w-]+", "a-é b"), re.findall(r"[^\W\d]+", "ab12é3"))
print(re.findall(r"(?i:a)b", "ABab Ab aB"), re.findall(r"(?i)a(?-i:b)", "ABab Ab aB"))
print(re.match("straße", "STRASSE", re.I), re.match("é", "É", re.I), re.match("[a-z]+", "ÀB", re.I))

number = re.compile(r"""
    ^                   # start
    (?P<sign>[-+])?     # optional sign
    (?P<int>\d+)        # integer part
    (?:\.(?P<frac>\d*))?  # fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
    $                   # end
""", re.VERBOSE)
for text in ["42", "-3.14", "+1e10", "2.5E-3", "1.", "abc", "1 2"]:
    m = number.match(text)
    print(text, m and m.groupdict())
print(re.findall(r"(?x) a  b # comment", "ab a b"), re.findall(r"(?x)a\ b [ ]c", "a b c"))
print(re.findall(r"a b", "a b", re.X), re.findall("a#b", "a#b"), re.findall("(?x)[#]a", "#a"))

for p in [re.compile("a+"), re.compile("a+", re.I), re.compile("(?i)a+"), re.compile("a", re.I | re.M | re.S),
          re.compile("x", re.X | re.A), re.compile("y", re.U), re.compile("z", re.T), re.compile("q", 512),
          re.compile(r"\d+'\"")]:
    print(repr(p), p.flags, p.pattern, p.groups)
print(re.compile("b" * 250))
print(re.compile("a") is re.compile("a"), re.compile("a") is re.compile("a", re.I), re.compile("a") == re.compile("a"))
re.purge()
p = re.compile("abc")
print(re.compile(p) is p, re.compile("abc") == p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
for args in [("a", re.L), ("a", re.A | re.U), ("(?L)a",), ("(?a)(?u)a",), (5,), ("a", "x")]:
    try:
        re.compile(*args)
    except (ValueError, TypeError, re.error) as e:
        print(type(e).__name__, e)
print(re.escape("a.b*c? [x] (y) {z} ^$|\\ +-&~# \t\n"), re.escape("plain_text123"), re.escape("é€"))
print(re.search(re.escape("1+1=2?"), "is 1+1=2? yes"))
print(re.findall("a{,2}", "aaaaa"), re.findall("a{2,}", "a aa aaa"), re.findall("a{2}", "aaaaa"), re.findall("x{", "x{"))
print(re.findall("a{1,2}?", "aaa"), re.findall("a*+a", "aaa"), re.findall("(?>a+)b", "aab"), re.findall("a{,}", "aa"))

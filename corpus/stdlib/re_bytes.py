# re: bytes patterns over bytes and bytearray subjects: groups are bytes,
# \w \d \s and IGNORECASE are ASCII-only, LOCALE is accepted, str-only
# escapes and flags are errors, sub templates and expand on bytes.
import re
p = re.compile(rb"(\w+)=(\d+)")
print(p, p.pattern, p.flags, p.groups)
m = p.search(b"xx key=42 yy")
print(m, m.group(1), m.groups(), m.span(), m[2], m.string)
print(p.findall(b"a=1 b=2"), p.sub(rb"\2:\1", b"a=1 b=2"), p.subn(lambda m: m.group(1).upper(), b"a=1"))
print(re.split(rb"\s+", b"a b  c"), re.findall(rb"[\x80-\xff]+", b"a\xe9\xffb"), re.findall(rb"\w", b"a\xe9_"))
print(re.search(rb"(?i)K", b"k"), re.findall(rb"(?i)[a-z]+", b"ABC\xc9def"), re.findall(rb".", b"a\nb", re.S))
print(re.search(b"a", bytearray(b"xa")), re.sub(b"a", b"b", bytearray(b"aa")), re.escape(b"a.b\xff"))
print(re.compile(rb"x", re.L), re.compile(rb"x", re.A | re.I), re.findall(rb"\s", b" \t\x1c\x85\xa0"))
for bad in [rb"\u1234", rb"(?u)x", rb"\N{X}", rb"(?P<a\xe9>x)"]:
    try:
        re.compile(bad)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
try:
    re.compile(b"x", re.U)
except ValueError as e:
    print(e)
m = re.match(rb"(?P<n>.)(?P<rest>.*)", b"\xe9abc")
print(m.groupdict(), m.expand(rb"\g<rest>\g<n>"), m.lastgroup, repr(m))
print(re.sub(b"x", b"\\n", b"axb"), re.sub(rb"(a)", b"[\\1]", b"bab"))

# re: named groups (?P<name>...), backreferences (?P=name) and \1,
# groupindex and groupdict, lookarounds, conditionals (?(1)...|...),
# and groups with the same text in several alternatives.
import re

p = re.compile(r"(?P<tag><(?P<name>\w+)>)(?P<body>.*?)</(?P=name)>")
print(p.groupindex, p.groups, dict(p.groupindex))
for m in p.finditer("<b>bold</b> <i>it <b>x</b></i> <u>bad</x>"):
    print(m.group("name", "body"), m.groupdict(), m.lastgroup, m.lastindex)
print(re.findall(r"(\w)\1", "aabbcd ee"), re.sub(r"(\w+) \1", r"\1", "the the cat cat sat"))
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict(), re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict(""))
print(re.search(r"(?<=\$)\d+", "cost: $42"), re.search(r"(?<!\$)\b\d+", "$42 or 17"))
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"\w+(?!\w|,)", "a, b, c"))
print(re.findall(r"(?<=ab|cd)x", "abx cdx"), re.findall(r"(?<=(a))b", "ab"))
cond = re.compile(r"^(<)?\w+(?(1)>|)$")
print([bool(cond.match(s)) for s in ["<a>", "a", "<a", "a>"]])
named = re.compile(r"(?P<q>['\"])?\w+(?(q)(?P=q))")
print([m.group() for m in named.finditer("'a' \"b\" c 'd\"")])
print(re.match(r"(?P<first>a)|(?P<second>b)", "b").groupdict(), re.match(r"(?P<first>a)|(?P<second>b)", "b").lastgroup)
m = re.match(r"(?P<outer>(?P<inner>a)b)c", "abc")
print(m.lastgroup, m.lastindex, m.span("inner"), m.groupdict())
print(re.compile(r"(?P<ünï>x)").groupindex, re.match(r"(?P<ünï>x)", "x")["ünï"])
print(re.sub(r"(?P<d>\d)", r"<\g<d>>", "a1b2"), re.match(r"(a)(?:b)(c)", "abc").groups())
print(re.match(r"((a)|(b))+", "ab").groups(), re.match(r"(a|(b))+", "ba").groups())

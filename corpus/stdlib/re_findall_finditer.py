# re: findall (whole matches, one group, tuples of groups, empty matches)
# and finditer as a lazy iterator, feeding a generator pipeline that
# tokenises lines one at a time.
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=(\d)?", "a=1, b=, c=3"))
print(re.findall(r"(\w+)@", "x@ y z@"))
print(re.findall(r"x*", "axxb"), re.findall("", "abc"), re.findall(r"\b", "ab cd"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\n"))
print(re.compile(r"\d").findall("0123456789", 3, 7), re.compile("a").findall("aaa", 2, 1))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall("é+|ü", "ééaüé"))

it = re.finditer(r"\w+", "lazy iterator here")
print(type(it).__name__, iter(it) is it)
print(next(it))
print([m.group() for m in it])
print(list(it))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([(m.start(), m.group()) for m in re.compile(r"\d+").finditer("1 22 333 4444", 2, 9)])

TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/=()])
  | (?P<space>\s+)
  | (?P<error>.)
""", re.VERBOSE)

def lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        print("  [reading line", number, "]")
        yield number, line

def tokens(numbered_lines):
    for number, line in numbered_lines:
        for m in TOKEN.finditer(line):
            kind = m.lastgroup
            if kind == "space":
                continue
            yield number, kind, m.group(), m.start()

def assignments(toks):
    pending = []
    for tok in toks:
        pending.append(tok)
        if tok[1] == "op" and tok[2] == "=":
            yield "assign to " + pending[-2][2]
        elif tok[1] == "error":
            yield "bad character %r at line %d col %d" % (tok[2], tok[0], tok[3])

source = "x = 1 + 2.5\ny = x * (3 - z)\n$ q = 7"
pipeline = assignments(tokens(lines(source)))
print(next(pipeline))
print("-- lazily, the second line has not been read yet")
for event in pipeline:
    print(event)

def words(text):
    for m in re.finditer(r"[a-z']+", text.lower()):
        yield m.group()

counts = {}
for w in words("It's the end of the world as we know it, and I feel fine. The END."):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(sum(1 for _ in re.finditer("a", "banana")), max(m.end() for m in re.finditer("an", "banana")))
gen = (m.group(1) for m in re.finditer(r"<(\w+)>", "<a><bb>x<ccc>"))
print(list(gen))

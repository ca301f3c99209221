# re: sub and subn with templates (\1, \g<1>, \g<name>, \n escapes,
# octal), function replacements receiving the Match, count, empty matches
# as Python 3.7+ replaces them, and template errors.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"), re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"-", r"\n", "a-b"), repr(re.sub(r"x", r"\t\\\a", "x")), re.sub("a", r"\101\0", "a"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"(\d)", r"\g<1>0", "12"), re.sub("a", r"\-\&", "a"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace "))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=1), re.sub("a", "b", "aaaa", -1))
print(re.subn(r"\d", "#", "a1b2c3"), re.subn(r"\d", "#", "abc"), re.subn("a", "x", "aaa", 2))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub(r"\b", "|", "ab cd"), re.sub("a|", "-", "bab"))
print(re.subn("x*", "-", ""), re.sub("$", "!", "a\n"), re.sub("(?m)^", "> ", "a\nb\n"))

def shout(m):
    return m.group().upper() + "!"

print(re.sub(r"\b\w{4,}\b", shout, "some words are longer than others"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "1 apple, 12 pears"))
print(re.subn(r"[aeiou]", lambda m: "<%s@%d>" % (m.group(), m.start()), "banana", 2))
print(re.sub("a", lambda m: None, "banana"))
seen = []
print(re.sub(r"\w", lambda m: seen.append(m.span()) or "", "ab c"), seen)

p = re.compile(r"(?P<k>\w+):(?P<v>\w+)")
print(p.sub(r"\g<v>=\g<k>", "a:1 b:2"), p.subn(r"\2", "x:y"), p.sub(lambda m: m["v"], "q:r"))
print(re.sub("é", "e", "café été"), re.sub("(.)", r"\1\1", "aé😀"))
s = "unchanged"
print(re.sub("z", "y", s) is s, re.sub("z", lambda m: "y", s) is s)

for repl in [r"\3", r"\g<3>", r"\g<x>", r"\g<1", r"\g<>", r"\g", r"\q", r"\g<a b>", r"\g<-1>", "\\"]:
    try:
        print(re.sub(r"(a)(b)", repl, "ab"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [5, lambda m: 5, b"x"]:
    try:
        print(re.sub("a", repl, "bab"))
    except TypeError as e:
        print(type(e).__name__, e)

# re: a battery of patterns over the translation to PCRE2 — literals and
# escapes, classes (Python's, not POSIX's), quantifiers including {,n} and
# literal braces, anchors with and without MULTILINE, \b and \B, Unicode
# and ASCII \d \w \s, scoped flags, verbose mode, lookarounds,
# conditionals, atomic groups, possessive repeats, IGNORECASE — each run
# through findall, finditer, sub, split, search, match and fullmatch.
import re
cases = [
 (r"a|b", 0, "xaby"), (r"\d+", 0, "a12b345"), (r"(\w+)\s(\w+)", 0, "ab cd ef"), (r"^", re.M, "a\n\nb\n"),
 (r"$", re.M, "a\n\nb\n"), (r"$", 0, "a\nb\n"), (r"\Z", 0, "a\n"), (r"\A.", 0, "ab"), (r".", re.S, "a\nb"),
 (r".", 0, "a\nb\r"), (r"\bx", 0, "x ax x"), (r"\Bx", 0, "x ax x"), (r"\B", 0, ""), (r"\b", 0, ""), (r"\B", 0, "ab"),
 (r"[^a]", 0, "abc\n"), (r"[\]]", 0, "a]b"), (r"[]a]", 0, "a]b"), (r"[a-]", 0, "a-b"), (r"[-a]", 0, "a-b"),
 (r"[\w.]+", 0, "a.b c"), (r"[:alpha:]", 0, "a[:]"), (r"[\s\d]", 0, "a 1\t"), (r"[^\s\d]", 0, "a 1\tb"),
 (r"(?i)[a-c]+", 0, "xABCabcd"), (r"[\x41-\x43]", 0, "ABCD"), (r"\x41\u0042\U00000043", 0, "ABC"), (r"\101\0", 0, "A\0"),
 (r"\t\n\v\f\r\a", 0, "\t\n\v\f\r\a"), (r"[\b]", 0, "\b"), (r"\\", 0, "a\\b"), (r"\.", 0, "a.b"), (r"a{2,3}", 0, "aaaa"),
 (r"a{,3}", 0, "aaaa"), (r"a{3,}", 0, "aaaa"), (r"a{x}", 0, "a{x}"), (r"a{1,x}", 0, "a{1,x}"), (r"{", 0, "{"), (r"a{}", 0, "a{}"),
 (r"x*?y", 0, "xxy"), (r"(a|ab)(c|bcd)(d*)", 0, "abcd"), (r"(a+)+b", 0, "aaab"), (r"(?:a|b)*c", 0, "ababc"),
 (r"(?P<x>a)(?P=x)", 0, "aa ab"), (r"(a)\1", re.I, "aA"), (r"(?i)é", 0, "É"), (r"\w+", re.A | re.I, "ÀbC"),
 (r"(?<=a)b", 0, "ab cb"), (r"(?<!a)b", 0, "ab cb"), (r"(?=a)", 0, "baa"), (r"(?!a)", 0, "baa"),
 (r"(a)?(?(1)b|c)", 0, "ab c"), (r"(?>a+)a", 0, "aaa"), (r"a++", 0, "aaa"), (r"a?+a", 0, "a"),
 (r"\s+", 0, "a \x1c\x1d\x1e\x1f\x85\xa0\u2028b"), (r"\S+", 0, "a \x1c\x85b"), (r"[\S]+", 0, "a b"),
 (r"\d", 0, "1\u0661\u00b2"), (r"\w", 0, "a\u00b2_\u0300\u2160-"), (r"\W", 0, "a\u00b2_\u0300-"),
 (r"(?a)\w+", 0, "aé"), (r"(?a:\b\w)", 0, "é a"), (r"x(?u:\w)", re.A, "xé xa"), (r"x(?a:[\W])", 0, "xé xa x "),
 (r"(?a:[\D\S])", 0, "1 a"), (r"(?x) a b | c", 0, "ab c"), (r"(?x)[ ]", 0, "a b"), (r"(?x)a\#b", 0, "a#b"),
 (r"(?x: a b )c", 0, "abc"), (r"(?-x: a b )", re.X, " a b "), (r"(?i:A)a", 0, "aa AA aA"), (r"(?s:.)(.)", 0, "\n\n\na"),
 (r"(?m:^a)", 0, "b\na"), (r"(?#comment)a", 0, "a"), (r"a(?#c)*", 0, "aaa"), (r"", 0, "ab"), (r"()", 0, "ab"),
 (r"a|", 0, "ab"), (r"|a", 0, "ab"), (r"(|a)+", 0, "aa"), (r"(a*)*", 0, "aa"), (r"(a*)+", 0, "b"), (r"(a|b)*?c", 0, "abc"),
 (r"x\Z", 0, "x\n"), (r"x$", 0, "x\n"), (r"^x$", re.M, "x\nx\n"), (r"(?m)$\n", 0, "a\nb\n"),
 (r"[é-ü]+", 0, "aéöü"), (r"😀+", 0, "😀😀a"), (r"[😀-😂]", 0, "😁"), (r".", 0, "😀"), (r"\u00e9", re.I, "É"),
 (r"ß", re.I, "ẞ"), (r"k", re.I, "\u212a"), (r"[k]", re.I, "\u212a"), (r"s", re.I, "\u017f"), (r"\w+", re.I, "ǅ"),
 (r"(?:(a)|b)+", 0, "ab"), (r"(a)|b", 0, "b"), (r"(a)(b)?", 0, "a"), (r"((a)(b))", 0, "ab"),
 (r"a\d*", 0, "a1 a b"), (r"-?\d+(\.\d+)?", 0, "1 -2.5 3."), (r"[+*?]", 0, "a+b*c?"), (r"\(\)", 0, "()"),
 (r"[a-z&[^c]]", 0, "a&c]"), (r"[--z]", 0, "-az"), (r"[\d-]", 0, "1-a"), (r"a\Z|b", 0, "ab"),
]
for pattern, flags, text in cases:
    p = re.compile(pattern, flags)
    out = [pattern]
    out.append(p.findall(text))
    out.append([m.span() for m in p.finditer(text)])
    out.append(p.sub("<\\g<0>>", text))
    out.append(p.split(text))
    m = p.search(text)
    out.append(m and (m.span(), m.groups(), m.lastindex))
    m = p.match(text)
    out.append(m and m.span())
    m = p.fullmatch(text)
    out.append(m and m.span())
    print(out)

# re: re.error for bad patterns with CPython's messages, positions, line
# and column; its attributes, repr and class; errors from bad arguments.
import re

bad = ["(a", "a)", "abc)", "*", "a**", "+a", "a{2}{3}", "[a", "[b-a]", "\\q", "\\", "(?P<1>a)", "(?P<a>a)(?P<a>b)",
       "(?P=nope)", "(?<=a+)b", "(?<=a|bc)", "(?z)", "(?i", "a(?i)b", "(?#unclosed", "\\1", "(a)\\2", "(?P<n>a\\1)",
       "x{3,2}", "[\\d-z]", "\\x4", "\\u12", "(?(2)a|b)", "(?(1)a|b|c)", "(?<x>a)", "(?Px)", "\\8", "[\\8]",
       "(?i-i:a)", "(?-:a)", "^*", "\\b+", "a|*", "(?:", "((a)", "(?<", "[]", "[^]", "a\n(b\nc", "\n  )",
       "\\777", "(?(x)a)", "(?(0)a)", "x{99999999999}", "(?x)a # comment\n)", "(?P<a b>x)", "(?P", "(?",
       "(?'x')", "\\g<1>"]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
    except (OverflowError, ValueError) as e:
        print(repr(pattern), type(e).__name__, e)

try:
    re.search("(", "x")
except re.error as e:
    print(repr(e), e.args, isinstance(e, Exception), type(e).__name__, re.error.__name__)
e = re.error("custom")
print(repr(e), e.msg, e.pos, e.pattern, str(e))
e = re.error("bad thing", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno)
try:
    raise re.error("raised by hand")
except re.error as e:
    print("caught", e)

for call in [lambda: re.search(r"a", 5), lambda: re.search(r"a", b"a"), lambda: re.search(b"a", "a"),
             lambda: re.match("a"), lambda: re.compile("a", 0, 1), lambda: re.compile("a", flag=0),
             lambda: re.sub("a", "b"), lambda: re.compile("a").match(), lambda: re.compile("a").search("a", "x"),
             lambda: re.escape(5), lambda: re.compile([1]), lambda: re.match("a", "a").group(5),
             lambda: re.match("a", "a").start(1), lambda: re.compile("a").split("a", maxsplit="2")]:
    try:
        print(call())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)

# re: split with maxsplit, capturing groups (None for a group that did not
# take part), empty matches as Python 3.7+ splits on them, and
# Pattern.split.
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s+", " leading and trailing "), re.split(r"\s+", ""))
print(re.split(",", "a,b,c,d", 2), re.split(",", "a,b,c,d", maxsplit=1), re.split(",", "a,b", -1))
print(re.split("x*", "axbc"), re.split("", "abc"), re.split(r"\b", "ab cd"), re.split("(?=b)", "abab"))
print(re.split(r"(\d)", "a1b2c"), re.split(r"(x)*", "axxb"), re.split("$", "ab"), re.split("^", "a\nb", flags=re.M))
p = re.compile(r"[;|]")
print(p.split("x;y|z"), p.split("x;y|z", 1), p.split("none"), p.split(""))
print(re.split("ü", "aüböüc"), re.split(r"(\W+)", "héllo, wörld!"))
print(re.split(r"\n", "line one\nline two\n"))

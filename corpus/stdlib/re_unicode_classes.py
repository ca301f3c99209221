# re: which characters \d \w \s \b (and their negations, inside and
# outside classes, in Unicode and ASCII mode) and IGNORECASE match, over
# the first 0x2200 code points and some beyond: counts, a checksum and
# the first and last runs of each set.
import re

chars = [chr(cp) for cp in range(0x2200)] + ["\u3000", "\u2126", "\u212a", "\u212b", "\ufb05", "\ufb06", "\U00010400",
                                            "\U00010428", "\U0001d7ce", "\U00020000"]

def summary(name, found):
    runs = []
    for cp in found:
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    print(name, len(found), sum(cp * (i % 97 + 1) for i, cp in enumerate(found)) % 1000003, runs[:3], runs[-2:])

for name, pattern in [("d", r"\d"), ("w", r"\w"), ("s", r"\s"), ("D", r"\D"), ("W", r"\W"), ("S", r"\S"),
                      ("[s]", r"[\s]"), ("[S]", r"[\S]"), ("[W]", r"[\W]"), ("[^\\s\\d]", r"[^\s\d]"),
                      ("a:w", r"(?a)\w"), ("a:s", r"(?a)\s"), ("a:[S]", r"(?a)[\S]"),
                      ("x(?a:\\w)", r"x(?a:\w)"), ("x(?a:[\\W])", r"x(?a:[\W])"), ("x(?a:\\b)", r"x(?a:\b)"),
                      ("x(?u:\\w)", r"(?a)x(?u:\w)"), ("x\\b", r"x\b"), ("x\\B", r"x\B")]:
    p = re.compile(pattern)
    prefix = "x" if pattern.startswith(("x", "(?a)x")) else ""
    summary(name, [ord(c) for c in chars if p.match(prefix + c)])

cased = [c for c in chars if c.lower() != c or c.upper() != c]
text = "".join(cased)
print(len(cased))
for flags in (re.I, re.I | re.A):
    odd = []
    for c in cased:
        found = re.findall(re.escape(c), text, flags)
        if len(found) != 1:
            odd.append((hex(ord(c)), [hex(ord(f)) for f in found]))
    print(len(odd), odd[:12], odd[-6:])
for pattern in [r"(?i)[a-z]", r"(?i)[^a-z]", r"(?i)[à-þ]", r"(?i)[α-ω]", r"(?i)[k-s]", r"(?ai)[a-z]", r"(?ai)[^k]",
                r"(?ai)[à-þ]", r"(?i)[\W]", r"(?i)i", r"(?i)[^i]", r"(?ai)k"]:
    summary(pattern, [ord(c) for c in re.findall(pattern, "".join(chars))])

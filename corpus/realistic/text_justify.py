# Text layout with generators: split paragraphs, greedily wrap words to a
# width, fully justify lines (distributing spaces left-first), hyphenate
# over-long words, and lay two columns side by side with zip_longest.
from itertools import zip_longest

TEXT = """\
Generators are functions that can pause. Each yield hands a value to the
caller and freezes the frame; the next call to next() resumes it exactly
where it stopped, with every local variable intact.

Pipelines of generators process data lazily: nothing is computed until a
consumer asks for it, so an infinite source is no problem at all.

Supercalifragilisticexpialidocious words need hyphenation when the column is narrow.
"""


def paragraphs(text):
    para = []
    for line in text.splitlines():
        if line.strip():
            para.append(line.strip())
        elif para:
            yield " ".join(para)
            para = []
    if para:
        yield " ".join(para)


def words(paragraph, width):
    for w in paragraph.split():
        while len(w) > width:
            yield w[:width - 1] + "-"
            w = w[width - 1:]
        yield w


def wrap(paragraph, width):
    line = []
    length = 0
    for w in words(paragraph, width):
        if line and length + 1 + len(w) > width:
            yield line
            line, length = [], 0
        length += len(w) + (1 if line else 0)
        line.append(w)
    if line:
        yield line


def justify(paragraph, width):
    lines = list(wrap(paragraph, width))
    for i, line in enumerate(lines):
        if i == len(lines) - 1 or len(line) == 1:
            yield " ".join(line).ljust(width)
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        out = []
        for j, w in enumerate(line[:-1]):
            out.append(w + " " * (q + (1 if j < r else 0)))
        out.append(line[-1])
        yield "".join(out)


def aligned(paragraph, width, how):
    for line in wrap(paragraph, width):
        s = " ".join(line)
        yield {"left": s.ljust, "right": s.rjust, "center": s.center}[how](width)


def boxed(lines, width):
    yield "+" + "-" * (width + 2) + "+"
    for line in lines:
        yield f"| {line:<{width}} |"
    yield "+" + "-" * (width + 2) + "+"


def document(text, width, fmt):
    first = True
    for p in paragraphs(text):
        if not first:
            yield ""
        first = False
        yield from fmt(p, width)


paras = list(paragraphs(TEXT))
print(len(paras), "paragraphs;", [len(p.split()) for p in paras], "words")

for line in boxed(document(TEXT, 36, justify), 36):
    print(line)

for how in ("right", "center"):
    print(f"-- {how} --")
    for line in aligned(paras[1], 30, how):
        print(f"[{line}]")

print("-- narrow --")
for line in document(paras[2], 12, justify):
    print(f"|{line}|")

print("-- two columns --")
left = document(TEXT, 28, justify)
right = document(TEXT.upper(), 22, lambda p, w: (" ".join(l) for l in wrap(p, w)))
for a, b in zip_longest(left, right, fillvalue=""):
    print(f"{a:<28} | {b}")

widths = {w: sum(1 for _ in document(TEXT, w, justify)) for w in (20, 40, 60, 80)}
print("line counts by width:", widths)
print("all justified lines exact:",
      all(len(l) == 40 for l in document(TEXT, 40, justify) if l))

# NAME.in as stdin, read lazily: a generator over sys.stdin feeds a pipeline
# of generators (strip, skip comments, split into fields, group by key).
import sys


def lines(stream):
    for line in stream:
        yield line.rstrip("\n")


def records(ls):
    for n, line in enumerate(ls, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield n, key.strip(), value.strip()


def grouped(recs):
    groups = {}
    for n, key, value in recs:
        groups.setdefault(key, []).append((n, value))
    yield from sorted(groups.items())


for key, values in grouped(records(lines(sys.stdin))):
    print(f"{key!r}: {values}")
print("eof:", repr(sys.stdin.read()))

# An exception raised in a generator that list() consumes.
def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        key, _, value = line.partition("=")
        if not value:
            raise ValueError(f"line {number}: no value for {key!r}")
        yield key, value

print(list(parse_lines(["a=1", "b=2"])))
print(dict(parse_lines(["a=1", "b", "c=3"])))

#!/usr/bin/env python3
"""Writes an N-line Python script (default 20,000) for timing `yieldc check`.

The script is valid Python 3.11 inside yieldc's subset, built from varied,
realistic blocks: plain functions, generators with `yield from`, loops with
`break`/`else`, classes with methods, comprehensions and generator
expressions, f-strings with format specs, try/except/finally, closures with
`nonlocal`. The output is deterministic for a given N.
"""
import argparse
import sys

BLOCKS = [
    '''def total_{i}(values, scale=2):
    """Sum of scaled values, skipping negatives."""
    acc = 0
    for v in values:
        if v < 0:
            continue
        acc += v * scale
    return acc
''',
    '''def countdown_{i}(n):
    while n > 0:
        yield n
        n -= 1
    return "done {i}"
''',
    '''def chain_{i}(*iterables):
    for it in iterables:
        yield from it
''',
    '''class Point{i}:
    origin = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point{i}({{self.x!r}}, {{self.y:>4}})"

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
''',
    '''def squares_{i}(limit):
    evens = [x * x for x in range(limit) if x % 2 == 0]
    table = {{k: v for k, v in zip(evens, range(limit))}}
    seen = {{x % 7 for x in evens}}
    return sum(x for x in evens if x in table), seen
''',
    '''def search_{i}(items, target):
    for index, item in enumerate(items):
        if item == target:
            break
    else:
        index = -1
    return index
''',
    '''def safe_div_{i}(a, b):
    try:
        result = a / b
    except ZeroDivisionError as exc:
        print(f"error {{exc}} at {i}: {{a:.3f}}/{{b}}")
        result = None
    finally:
        pass
    return result
''',
    '''def counter_{i}(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
''',
    '''def pipeline_{i}(source):
    doubled = (x * 2 for x in source)
    filtered = (x for x in doubled if x % 3)
    running = 0
    for value in filtered:
        running = running + value if value > 10 else running - 1
        yield running
''',
    '''def averager_{i}():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)
''',
    '''values_{i} = [n for n in range({i} % 50 + 5)]
labels_{i} = {{f"key{{n}}": n * {i} for n in values_{i}}}
print(f"{{len(values_{i}):05d}} {{sum(labels_{i}.values()) / 3:.2f}} {{'ok' if values_{i} else 'empty'}}")
''',
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lines", nargs="?", type=int, default=20000)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    out = []
    count = 0
    i = 0
    while count < args.lines:
        block = BLOCKS[i % len(BLOCKS)].format(i=i) + "\n"
        out.append(block)
        count += block.count("\n")
        i += 1
    text = "".join(out)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

# json in generator pipelines: records made lazily, encoded to JSON lines
# one at a time, parsed back by a generator that skips and reports bad
# lines, a coroutine (send) accumulating decoded objects, yield from
# chains, a generator used as json.dump's writer sink, object_hook and
# default calling generators, and errors thrown through a suspended
# pipeline stage.
import json


def records(n):
    for i in range(n):
        yield {"id": i, "name": f"item{i}", "tags": [t for t in ("even", "odd", "big") if
                                                  (t == "even") == (i % 2 == 0) or (t == "big" and i > 3)],
               "score": i / 4, "ok": i % 3 != 0, "parent": None if i == 0 else i - 1}


def to_lines(items, **options):
    for item in items:
        yield json.dumps(item, **options) + "\n"


def corrupt(lines, every):
    for n, line in enumerate(lines):
        yield line[:-3] + "\n" if n % every == every - 1 else line


def parse(lines):
    errors = 0
    for number, line in enumerate(lines, 1):
        try:
            yield json.loads(line)
        except json.JSONDecodeError as e:
            errors += 1
            print(f"line {number}: {e.msg} at column {e.colno}")
    return errors


def collect(source):
    errors = yield from parse(source)
    print("errors:", errors)


lines = list(to_lines(records(6), sort_keys=True))
print("".join(lines), end="")
for obj in collect(corrupt(to_lines(records(7)), 3)):
    print("parsed", obj["id"], obj["name"], obj["tags"], obj["score"])

# A lazily evaluated pipeline: nothing is encoded before it is pulled.
log = []


def traced(items):
    for item in items:
        log.append(item["id"])
        yield item


pipeline = parse(to_lines(traced(records(100))))
print(next(pipeline)["id"], next(pipeline)["id"], log)
pipeline.close()


def accumulator():
    total = {}
    while True:
        line = yield total
        if line is None:
            break
        for key, value in json.loads(line).items():
            total[key] = total.get(key, 0) + value
    return total


acc = accumulator()
next(acc)
for line in ['{"a": 1, "b": 2}', '{"a": 10}', '{"c": 0.5, "b": -2}']:
    print(json.dumps(acc.send(line), sort_keys=True))
try:
    acc.send(None)
except StopIteration as stop:
    print("final", json.dumps(stop.value))


class GeneratorSink:
    """A writer whose write() feeds a generator."""

    def __init__(self):
        self.gen = self.consume()
        next(self.gen)
        self.parts = []

    def consume(self):
        while True:
            chunk = yield
            self.parts.append(chunk.upper())

    def write(self, chunk):
        self.gen.send(chunk)


sink = GeneratorSink()
json.dump({"keys": ["a", "b"], "n": None}, sink, indent=1)
print("".join(sink.parts))
print(len(sink.parts))


def countdown(n):
    while n:
        yield n
        n -= 1


def default(o):
    try:
        return list(iter(o))
    except TypeError:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable") from None


print(json.dumps({"down": countdown(3), "squares": (x * x for x in range(4)), "map": map(str, [1, 2])},
                 default=default))
try:
    json.dumps([countdown(2), object()], default=default)
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads('{"n": 3}', object_hook=lambda d: list(countdown(d["n"]))))

# json.loads called inside a generator expression and a comprehension.
docs = ['[1, 2]', '[3]', '[]', '[4, 5, 6]']
print(sum(len(json.loads(d)) for d in docs), [x for d in docs for x in json.loads(d)])
print(json.dumps([json.loads(d) for d in docs], separators=(",", ":")))


def stage(lines):
    try:
        for line in lines:
            yield json.loads(line)
    finally:
        print("stage finalised")


g = stage(iter(['{"x": 1}', '{"x": 2}']))
print(next(g))
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print(type(e).__name__, e)
g = stage(iter(['[1]', '{"bad"}']))
print(next(g))
try:
    next(g)
except json.JSONDecodeError as e:
    print(type(e).__name__, e)

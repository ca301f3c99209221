# json.dump and json.load through files: dump writes chunk by chunk with
# fp.write (a recording writer shows the chunks encoder.py yields, with
# and without indent), a partial write before an error, dump's options,
# load calling fp.read(), text and binary files in a temporary directory,
# and the errors of objects without write/read.
import json
import os
import tempfile


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


class Source:
    def __init__(self, text):
        self.text = text
        self.reads = 0

    def read(self):
        self.reads += 1
        return self.text


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = {"name": "yieldc", "list": [1, 2.5, None, True, "s", [], {}], "nested": {"k": [{"deep": False}]}, "e": "é"}
for kwargs in ({}, {"indent": 2}, {"indent": 0, "sort_keys": True}, {"separators": (",", ":")},
               {"ensure_ascii": False, "indent": "\t"}):
    r = Recorder()
    print(json.dump(data, r, **kwargs), kwargs)
    print(r.chunks)
    assert "".join(r.chunks) == json.dumps(data, **kwargs)
r = Recorder()
json.dump("just a string", r)
json.dump(12, r)
json.dump([], r)
json.dump([[1], "x"], r, indent=1)
print(r.chunks)

# The chunks before an error are written already.
r = Recorder()
show("dump error", lambda: json.dump([1, "two", {"three": {3}}], r))
print(r.chunks)
r = Recorder()
show("dump nan", lambda: json.dump({"a": [1.0, float("nan")]}, r, allow_nan=False))
print(r.chunks)
r = Recorder()
show("dump sort", lambda: json.dump({"b": 1, 2: "a"}, r, sort_keys=True))
print(r.chunks)
r = Recorder()
show("dump skipkeys", lambda: json.dump({(1,): 1, "b": [2]}, r, skipkeys=True))
print(r.chunks)
r = Recorder()
print(json.dump({"p": {1, 2}}, r, default=sorted, indent=1), r.chunks)
show("no write", lambda: json.dump([1], 42))
show("no fp", lambda: json.dump([1]))
show("unknown keyword", lambda: json.dump([1], Recorder(), bad=True))

# load reads once and parses the text with the same hooks as loads.
src = Source('{"a": [1, 2.5, {"b": null}]}')
print(json.load(src), src.reads)
print(json.load(Source('[1, 2.5]'), parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.load(Source('{"a": 1}'), object_pairs_hook=list))
print(json.load(Source(b'{"bytes": true}')))
show("load error", lambda: json.load(Source('[1, 2')))
show("load no read", lambda: json.load("[1]"))
show("load read result", lambda: json.load(Source(3)))

# Real files.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.json")
    with open(path, "w") as f:
        json.dump(data, f, indent=2, sort_keys=True)
    with open(path) as f:
        text = f.read()
    print(text)
    with open(path) as f:
        print(json.load(f) == data)
    with open(path, "rb") as f:
        print(json.load(f) == data)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(["é", "😀"], f, ensure_ascii=False)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw, json.loads(raw))
    lines_path = os.path.join(tmp, "lines.jsonl")
    with open(lines_path, "w") as f:
        for i in range(3):
            json.dump({"i": i, "sq": i * i}, f)
            f.write("\n")
    with open(lines_path) as f:
        print([json.loads(line) for line in f])
    with open(path, "w") as f:
        f.write('{"broken": ')
    with open(path) as f:
        show("broken file", lambda: json.load(f))

# json.dumps layout: indent as an int (0 gives bare newlines, negative
# gives none), as a str, with True; the separators defaults with and
# without indent, compact and custom separators, sort_keys on nested and
# mixed-key dicts (and the TypeError of comparing str with int), and the
# errors of bad indent and separators values.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = {"name": "yieldc", "tags": ["gen", "c++"], "nested": {"z": 1, "a": [1, [2, []], {}]}, "empty": [], "n": None}
for indent in (None, 0, 1, 4, -2, "", "\t", "--", True, False):
    print(f"indent={indent!r}")
    print(json.dumps(data, indent=indent))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("top", indent=2), json.dumps(7, indent=2))

for separators in ((",", ":"), (", ", ": "), (" , ", " : "), ("", ""), [";", "="], ("\n", "=>")):
    print(repr(json.dumps(data, separators=separators)))
    print(repr(json.dumps(data, separators=separators, indent=2)))

# sort_keys: every level is sorted; the output of keys converted from
# other types follows the order of the original keys.
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}, "C": [{"y": 0, "x": 1}]}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=3))
print(json.dumps({3: "c", 1: "a", 2.5: "b", -1: "z"}, sort_keys=True))
print(json.dumps({True: 1, False: 0}, sort_keys=True))
print(json.dumps({"é": 1, "e": 2, "z": 3, "É": 4}, sort_keys=True, ensure_ascii=False))
show("mixed keys", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
show("mixed keys 2", lambda: json.dumps({"b": 2, 1: "a"}, sort_keys=True))
show("None key", lambda: json.dumps({None: 1, 2: 3}, sort_keys=True))
show("mixed indented", lambda: json.dumps({"a": 1, 2: "b"}, sort_keys=True, indent=2))
print(json.dumps({1: "a", "b": 2}, sort_keys=False))

# Everything at once.
print(json.dumps({"z": [1.5, {"y": None, "x": (True,)}], "a": "é"}, indent=2, separators=(",", " = "), sort_keys=True,
                 ensure_ascii=False))

# Errors.
show("float indent", lambda: json.dumps([1], indent=1.5))
show("list indent", lambda: json.dumps([1], indent=[2]))
show("one separator", lambda: json.dumps([1], separators=(",",)))
show("three separators", lambda: json.dumps([1], separators=(",", ":", ";")))
show("str separators", lambda: json.dumps([1], separators=",:"))
show("int separators", lambda: json.dumps([1], separators=5))
show("non-str key separator", lambda: json.dumps({"a": 1}, separators=(",", 1)))
show("non-str item separator", lambda: json.dumps([1, 2], separators=(0, ":")))
# A str at top level never reaches the separators.
print(json.dumps("text", separators=(0, 1)))

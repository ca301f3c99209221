"""json_roundtrip: JSON lines encoded and parsed back through generators.

Usage: python3 json_roundtrip.py [N]     (default N = 120_000)

records (a dict of ints, a float, a bool, None or an int, a list of two
strs and a str with a quote, a newline and an e-acute) -> encoded
(json.dumps, ensure_ascii) -> decoded (json.loads) -> a checksum of the
text lengths and of fields read back. CPython's time goes to its C
encoder and scanner, to building the dicts, and to the three generator
frames each record crosses.
"""
import json
import sys


def records(n):
    for i in range(n):
        yield {"id": i, "name": "user%d" % i, "active": i % 3 == 0, "score": (i % 1000) * 0.25,
               "tags": ["t%d" % (i % 7), "g%d" % (i % 11)], "parent": None if i % 5 == 0 else i - 1,
               "text": "line \"%d\"\n\u00e9" % i}


def encoded(items):
    for item in items:
        yield json.dumps(item)


def decoded(lines, sizes):
    for line in lines:
        sizes.append(len(line))
        yield json.loads(line)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    sizes = []
    checksum = 0
    for obj in decoded(encoded(records(n)), sizes):
        parent = obj["parent"]
        checksum = (checksum * 31 + obj["id"] + len(obj["tags"][1]) + int(obj["score"] * 4) + len(obj["text"])
                    + (1 if obj["active"] else 0) + (0 if parent is None else parent)) % 1000000007
    print("json_roundtrip", n, sum(sizes), checksum)


main()

# json.dumps: every encodable type (str, int, big int, float incl. -0.0 and
# exponents, bool, None, list, tuple, dict, nested, empty, dict subclasses,
# namedtuples), dict keys of every allowed type converted as CPython does,
# skipkeys, allow_nan, check_circular, default, and the errors for
# unserializable objects, bad keys and circular structures; a cls called
# as CPython calls it.
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(json.dumps("plain"), json.dumps(""), json.dumps(0), json.dumps(-17))
print(json.dumps(2 ** 64), json.dumps(-(10 ** 40)), json.dumps(3 ** 200))
print(json.dumps(0.1), json.dumps(1e16), json.dumps(1e-7), json.dumps(-0.0), json.dumps(5.0))
print(json.dumps(1.7976931348623157e308), json.dumps(5e-324), json.dumps(123456789.125))
print(json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps([]), json.dumps(()), json.dumps({}), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, "two", 3.0, None, True, [False, (4, 5)], {"k": "v"}]))
print(json.dumps((1, (2, (3, ())))))
print(json.dumps({"a": {"b": {"c": [1, {"d": None}]}}}))

# Keys: str as is; int, float, bool and None become strings.
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, -3: 1, 10 ** 30: 2, 1e100: 3, 0.1: 4}))
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("frozenset key", lambda: json.dumps({frozenset(): 3}))
show("bytes key", lambda: json.dumps({b"x": 3}))
print(json.dumps({(1, 2): 3, "kept": 4, b"x": 5}, skipkeys=True))
print(json.dumps({(1,): 1}, skipkeys=True), json.dumps([{(1,): 1}, {}], skipkeys=True))

# Non-finite floats.
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan", lambda: json.dumps(float("nan"), allow_nan=False))
show("inf in list", lambda: json.dumps([1.0, float("inf")], allow_nan=False))
show("-inf key", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
show("nan indented", lambda: json.dumps([float("nan")], allow_nan=False, indent=2))
show("inf key indented", lambda: json.dumps({float("inf"): 0}, allow_nan=False, indent=0))
print(json.dumps([1.5, 2.5], allow_nan=False))

# Unserializable objects and default.
show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps([b"abc"]))
show("nested", lambda: json.dumps({"x": [1, {"y": range(3)}]}))
show("object", lambda: json.dumps(object()))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, range):
        return list(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}, range(4), frozenset("ba")], default=encode_point))
print(json.dumps({"p": Point(Point(0, 0), [Point(5, 6)])}, default=encode_point))
show("default raises", lambda: json.dumps([1, b"x"], default=encode_point))
show("default None", lambda: json.dumps(Point(1, 2), default=None))
print(json.dumps(Point(1, 2), default=lambda o: "point"))
print(json.dumps([1, 2], default=lambda o: 1 / 0))

# Circular references.
a = [1]
a.append(a)
show("circular list", lambda: json.dumps(a))
d = {"k": 1}
d["self"] = d
show("circular dict", lambda: json.dumps(d))
show("circular indented", lambda: json.dumps({"x": [d]}, indent=1))
show("default returns itself", lambda: json.dumps(Point(0, 0), default=lambda o: o))
# The same object twice is not a cycle.
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([shared, shared], check_circular=False))
show("deep unchecked", lambda: json.dumps(a, check_circular=False))
show("deep unchecked dict", lambda: json.dumps(d, check_circular=False))

# Dict subclasses are objects and namedtuples arrays, as in CPython.
Pair = namedtuple("Pair", "left right")
ordered = OrderedDict([("z", 1), ("a", 2)])
ordered.move_to_end("z")
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(json.dumps([Pair(1, [2, 3]), Pair("x", Pair(None, {}))]))
print(json.dumps({"pair": Pair(1, 2)}, indent=1))
print(json.dumps(ordered), json.dumps(counts, sort_keys=True), json.dumps(Counter("hello"), sort_keys=True))
show("pair key", lambda: json.dumps({Pair(1, 2): 0}))

# Bool is an int subclass; it still encodes as true/false.
print(json.dumps([True + 1, True * 2.5, int(True)]))
print(json.dumps({"n": 1} == {"n": True}), json.dumps(1 == 1.0))

# Arguments as the Python function takes them.
show("positional option", lambda: json.dumps([1], True))
show("no obj", lambda: json.dumps())
show("unknown keyword", lambda: json.dumps([1], colour="red"))
print(json.dumps(obj=[1, 2]))


# cls: called with every option and **kw, then its encode() (dumps) or
# iterencode() (dump, whose chunks are written one by one).
class Encoder:
    def __init__(self, **kw):
        print("Encoder got", sorted(kw.items(), key=lambda kv: kv[0]))

    def encode(self, o):
        return "encoded " + repr(o)

    def iterencode(self, o):
        yield "<"
        yield repr(o)
        yield ">"


class Writer:
    def write(self, s):
        print("write", repr(s))


print(json.dumps([1], cls=Encoder, indent=2, extra=5))
json.dump({"a": 1}, Writer(), cls=Encoder, sort_keys=True)
show("cls without keywords", lambda: json.dumps([1], cls=Point))

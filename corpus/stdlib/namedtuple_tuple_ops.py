# collections.namedtuple: _make (from a list, an iterator, through an
# instance), _field_defaults, rename=True, and instances as the tuples
# they are: isinstance, ordering and sorted(), + and * giving plain
# tuples, reversed(), slicing, hashing as the equal tuple, % formatting,
# startswith and except clauses taking a namedtuple of values; then the
# ValueErrors for bad type and field names and the read-only fields.
from collections import namedtuple

Pair = namedtuple("Pair", "left, right")
print(Pair._make([3, 4]), Pair._make(iter("xy")), Pair(1, 2)._make((5, 6)), Pair._field_defaults)
Opt = namedtuple("Opt", "name value flag", defaults=(None, False))
print(Opt._field_defaults, Opt("n")._field_defaults, Opt("n"), Opt._make(["m", 1, True]))
R = namedtuple("R", ["ok", "def", "ok", "_x", "2bad"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5), namedtuple("S", "a\tb\nc")._fields, namedtuple(Pair._fields[0], "v")(1))

P = namedtuple("P", "x y")
p = P(1, 2)
print(isinstance(p, tuple), issubclass(P, tuple), P.__mro__, type(p).__name__)
print(p < P(1, 3), P(2, 0) > p, p <= (1, 2), (0, 9) < p, p == (1, 2), hash(p) == hash((1, 2)))
print(sorted([P(2, 1), P(1, 2), P(1, -1)]), max([P(0, 5), P(1, 0)]), min(P(3, 4)))
print(p + (3,), (0,) + p, p + P(7, 8), p * 2, 2 * p, type(p * 1).__name__, type(p[:]).__name__)
q = p
q += (9,)
print(q, type(q).__name__, p, list(reversed(p)), p[::-1], p[-1], len(p), p.index(2), p.count(1))
print("%s-%s" % p, "abc".startswith(P("x", "a")), b"abc".endswith(P(b"c", b"z")), isinstance(1, P(str, int)))
try:
    raise KeyError("k")
except P(ValueError, KeyError) as e:
    print("caught", type(e).__name__)
print(tuple(p), list(p), dict([P("k", "v")]), {p: 1}[(1, 2)], set([p, (1, 2)]))

for attempt in (
    lambda: namedtuple("T", "a a"),
    lambda: namedtuple("T", "a def"),
    lambda: namedtuple("def", "a"),
    lambda: namedtuple("1T", "a"),
    lambda: namedtuple("T", "a _b"),
    lambda: namedtuple("T", [1]),
    lambda: namedtuple(5, "a"),
    lambda: Pair._make([1]),
    lambda: Pair._make([1, 2, 3]),
    lambda: Pair._make(5),
    lambda: setattr(P(1, 2), "x", 5),
    lambda: setattr(P(1, 2), "z", 5),
    lambda: p + [3],
    lambda: p * 1.5,
    lambda: p < 5,
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)


def delete_field():
    r = P(1, 2)
    del r.x


try:
    delete_field()
except AttributeError as e:
    print(type(e).__name__, e)

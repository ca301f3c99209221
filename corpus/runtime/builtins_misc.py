# Builtins: attribute functions, hash, type calls, isinstance/issubclass, min/max/sum/sorted, numeric helpers.
class Box:
    size = 3
    def __init__(self):
        self.item = "thing"
    def method(self):
        return "m"
bx = Box()
print(id(bx) == id(bx), id(bx) != id(Box()), type(id(bx)).__name__, callable(len), callable(Box), callable(bx.method), callable(bx), callable(3), callable(lambda: 0))
print(getattr(bx, "item"), getattr(bx, "size"), getattr(bx, "nope", "dflt"), getattr(bx, "method")(), hasattr(bx, "item"), hasattr(bx, "zz"), hasattr(Box, "size"), getattr("ab", "upper")())
setattr(bx, "item", "new"); setattr(bx, "extra", 5); print(bx.item, bx.extra, hasattr(bx, "extra"))
delattr(bx, "extra"); print(hasattr(bx, "extra"))
for bad in [lambda: getattr(bx, "missing"), lambda: delattr(bx, "missing"), lambda: getattr(5, "real2"), lambda: setattr(5, "x", 1)]:
    try:
        bad()
    except AttributeError as e:
        print("AttributeError", e)
print(hash(5), hash(-1), hash(0), hash(True), hash(1.0) == hash(1), hash(2**61) , hash(-2**63), hash("abc") == hash("a" + "bc"), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(1.5), hash(-0.0), hash((1, "a")) == hash((1, "a")), hash(10**20), hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
for v in [5, "s", 2.5, [1], (1,), {1: 2}, {3}, True, b"x"]:
    print(type(v).__name__, type(v)(), type(v)(v), end="; ")
print()
print(type(3)("42"), type("")(4.5), type(1.0)("1e3"), type([])("ab"), type(bx)().item, type(type(3)).__name__, type(None).__name__)
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), isinstance(3, (str, (float, int))), isinstance("s", str), isinstance(bx, Box), isinstance(bx, object), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(Box, object), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(int, int))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min([], default=0), max([], default=None), max([1, 5, 3], key=lambda x: -x), min("a", "B", key=str.lower))
print(max([(1, "b"), (1, "a")]), min([[3], [1, 2]]), max(1, 2.5), min(-0.0, 0), max([2, 7, 7], key=lambda x: x // 2), min(iter([5, 6])), max(range(4), default=9))
for bad in [lambda: max([]), lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, "a"), lambda: max([], [], default=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([], start=5), sum([[1], [2]], start=[0]), sum(range(5), start=100), sum([1.5, 2]), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], reverse=True), sorted("cab"), sorted({3: 0, 1: 0}), sorted([(2, 1), (1, 2)], reverse=True), sorted([], reverse=True), sorted([1, 3, 2], key=lambda x: x % 3, reverse=True))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]), any(iter([[], [0]])), all(x for x in "ab"))
print(abs(-7), abs(2.5), abs(-0.0), abs(True), abs(-2**70), divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.0, 0.5), pow(2, 100), pow(7, -1, 5), 2 ** -2, (-8) ** 2)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5), round(7), round(3.14159, 3), round(1e20), type(round(2.5)).__name__, round(-0.4))
for bad in [lambda: divmod(1, 0), lambda: pow(0, -1), lambda: pow(2, 3, 0), lambda: round("x"), lambda: abs("s"), lambda: divmod(1.5, 0)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70), int("ff", 16), int("0b101", 0), int("-0o17", 0))
print(ord("a"), ord("€"), ord("\n"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", repr(chr(0)), chr(ord("z") - 1))
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: hex(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", ">4"), format(1234567, ","), format(0.5, "%"), format(7), format("x"), format(255, "#x"), format(True), format(2.0))
print(len("abc"), len([1]), len({}), len(range(3)), repr(len), type(print).__name__, str(5), repr("q"), ascii("é€"), bool(0), bool("0"), int(True), float(7))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)

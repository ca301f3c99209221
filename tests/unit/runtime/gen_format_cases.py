#!/usr/bin/env python3
"""Writes format_cases.inc: inputs for format(), f-string conversions,
str.format and `%`, each with what CPython prints (or the exception line it
raises). format_test.cpp replays every case against the runtime.

Run with CPython 3.11 from this folder:  python3 gen_format_cases.py
The output is deterministic (fixed seeds), so a re-run only changes the
table when CPython's behaviour or this script does.
"""
import math
import random
import sys

OUT = "format_cases.inc"

# ---- value encoding, decoded by format_test.cpp
#   N None, T/F bools, i<decimal>; int, d<float.hex()>; float,
#   s<bytes>:<utf8> str, t<n>: tuple of n values, l<n>: list of n values,
#   D<n>: dict of n (key, value) pairs, k<n>: n (name, value) pairs of
#   keyword arguments.


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return f"i{v};"
    if isinstance(v, float):
        return f"d{v.hex()};"
    if isinstance(v, str):
        b = v.encode()
        return f"s{len(b)}:{v}"
    if isinstance(v, tuple):
        return f"t{len(v)}:" + "".join(enc(x) for x in v)
    if isinstance(v, list):
        return f"l{len(v)}:" + "".join(enc(x) for x in v)
    if isinstance(v, dict):
        return f"D{len(v)}:" + "".join(enc(k) + enc(x) for k, x in v.items())
    raise TypeError(type(v))


def enc_kwargs(kw):
    return f"k{len(kw)}:" + "".join(enc(k) + enc(v) for k, v in kw.items())


def c_literal(s):
    out = ['"']
    for byte in s.encode():
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= byte < 0x7F and ch != "?":
            out.append(ch)
        else:
            # Octal escapes stop after three digits, unlike \x ones.
            out.append("\\%03o" % byte)
    out.append('"')
    return "".join(out)


def outcome(thunk):
    try:
        result = thunk()
    except Exception as e:  # noqa: BLE001 - every exception is an expected value
        return "!" + (f"{type(e).__name__}: {e}" if str(e) else type(e).__name__)
    assert isinstance(result, str)
    return "=" + result


cases = []  # (kind, a, b, c, expected)
seen = set()


def add(kind, a, b, c, thunk):
    key = (kind, a, b, c)
    if key in seen:
        return
    seen.add(key)
    expected = outcome(thunk)
    # The replay compares C strings; NULs would cut them short.
    if "\0" in a + b + c + expected:
        return
    cases.append((kind, a, b, c, expected))


def add_format(value, spec):
    add("F", enc(value), spec, "", lambda: format(value, spec))


# ---- format(value, spec)

INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 65, 233, 0x1F600, 123456789, -987654321,
        2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -(2**70), 10**30, -(10**25) - 7,
        0x10FFFF, 0x110000, 3**100]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e-7, 123456.789, -123456.789, 1e22, 0.5, 2.5,
          -2.5, 1.5, 3.5, 1 / 3, 2 / 3, -1 / 3, 1.0, 100.0, 1e16, 1e15, 9999999999999998.0, 1.5e-5,
          9.999, 0.05, 0.125, 0.375, 1234567.0, 5e-324, 1.7976931348623157e308, 0.1, 12345.6789,
          999999.5, 9.5, 0.0001, 0.00001, 1e100, -1e-100, 2e-310, 0.995, 1.005, 123.0, 1e-5,
          -0.0004, 0.0005, 99.99, 314.15926]
STRS = ["", "a", "abc", "hello world", "é", "naïve", "日本語", "😀x", "tab\there", "{}", "quote'\"s"]
OTHERS = [None, [1, 2], (3, "x")]

INT_TYPES = ["", "b", "c", "d", "n", "o", "x", "X", "e", "E", "f", "F", "g", "G", "%"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
STR_TYPES = ["", "s"]
OPTIONS = ["", "+", " ", "#", "0", "10", "<10", "^10", "=10", "*^11", "+012", "-08", ",", "_", "012,",
           "020_", "#012", ".0", ".2", ".17", "+.3", "z.1", "#.0", "#10.3", "0=+15,.3", "é>6", "<1",
           "-#018_", " z10.2", "30.20"]

# The full sweep takes a representative part of each list; the random
# specs below draw from all of them.
SWEEP_INTS = [0, 1, -1, 42, -255, 1234, 65, 123456789, -987654321, 2**63 - 1, -2**63, 2**64 + 5,
              -(2**70), 0x10FFFF, 0x110000]
SWEEP_FLOATS = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e-7, 123456.789, -123456.789, 1e22, 0.5,
                2.5, 1 / 3, -2 / 3, 1.0, 1e16, 9999999999999998.0, 1.5e-5, 0.125, 5e-324,
                1.7976931348623157e308, 0.1, 999999.5, 0.0001, 0.995, -0.0004]
for v in SWEEP_INTS + BOOLS:
    for t in INT_TYPES:
        for o in OPTIONS:
            add_format(v, o + t)
for v in SWEEP_FLOATS:
    for t in FLOAT_TYPES:
        for o in OPTIONS:
            add_format(v, o + t)
for v in STRS:
    for t in STR_TYPES:
        for o in OPTIONS:
            add_format(v, o + t)
for v in OTHERS:
    for spec in ["", "s", "10", "<5", "d"]:
        add_format(v, spec)

# Random specs from the whole grammar, with letters that are no type too.
rng = random.Random(20231105)
FILLS = ["", "", "", "*", "0", "é", "{", " ", "x"]
ALIGNS = ["", "", "<", ">", "^", "="]
SIGNS = ["", "", "+", "-", " "]
TYPES = list("bcdeEfFgGnosxX%") + ["", "", "", "r", "i", "é", "\x01"]
ALL_VALUES = INTS + BOOLS + FLOATS + STRS + [None]
for _ in range(3000):
    align = rng.choice(ALIGNS)
    fill = rng.choice(FILLS) if align else ""
    spec = (fill + align + rng.choice(SIGNS) + rng.choice(["", "", "", "z"]) + rng.choice(["", "", "#"])
            + rng.choice(["", "", "0"]) + rng.choice(["", "", "1", "5", "12", "25"])
            + rng.choice(["", "", "", ",", "_"]) + rng.choice(["", "", ".0", ".1", ".3", ".8", ".16", "."])
            + rng.choice(TYPES))
    add_format(rng.choice(ALL_VALUES), spec)

# Rounding, exponent thresholds, the empty type, '%' and 'n'.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.45, 9.995, 99.5, 999.5, 0.0625, 1e-4, 1e-5, 1e15, 1e16,
          1e17, 123456789.0, 0.000123456, 1 / 7, 5e-324, 1e-310, 2.0**60, 2.0**-30]:
    for spec in [".0f", ".1f", ".2f", ".3f", ".0e", ".1e", ".2e", ".0g", ".1g", ".2g", ".3g", ".15g",
                 ".16g", ".17g", ".20g", "g", "#g", "#.0f", "#.0e", "#.3g", ".1", ".2", ".3", ".16",
                 ".17", "#", "#.2", ".0%", ".1%", "%", "n", ".3n", "e", "E", "F", "G", ".60f", ".30e"]:
        add_format(v, spec)
        add_format(-v, spec)

ERROR_SPECS = ["10.2fx", "ab", "é", "\x01", ",,", ",_", "_,", ".", "10.", ".f", ",c", ",n", ",s", "_s",
               "_c", "_n", "=s", "+s", " s", "zs", "#s", "99999999999999999999", ".99999999999999999999",
               "<<", "^^5", "+-", "z#", "#z", "0z", ".3000000000f", ".2147483648", "1.2.3", "d ", " d",
               ",x", ",b", "_o", "_X", ",%", "_e", "_g", ",G", "_f"]
for v in [5, -5, 1.5, "s", True, None, 2**80]:
    for spec in ERROR_SPECS:
        add_format(v, spec)
for v in [5, 1.5, "ab"]:
    for spec in ["٥", ".٢", "١٠", "𝟓", "𝟡", "0٨.٣", "٥d"]:
        add_format(v, spec)
for v in [65, 0x1F600, -1, 0x110000, 2**70, -(2**70), True, 0, 10]:
    for spec in ["c", "5c", "<5c", "^5c", "=5c", "05c", "+c", "#c", " c", "zc", ".2c", "*>4c"]:
        add_format(v, spec)

# ---- conversions !s !r !a

for v in INTS[:6] + FLOATS[:10] + STRS + [None, True, [1, "é"], ("😀",)]:
    for conv in "sra":
        add("C", enc(v), conv, "", lambda v=v, conv=conv: {"s": str, "r": repr, "a": ascii}[conv](v))

# ---- str.format


def add_str_format(template, args=(), kwargs=None):
    kwargs = kwargs or {}
    add("S", template, enc(tuple(args)), enc_kwargs(kwargs), lambda: template.format(*args, **kwargs))


STR_FORMAT = [
    ("{}", (1,)), ("{} {}", (1, 2)), ("{0} {1} {0}", ("a", "b")), ("{1}{0}", (1, 2)), ("{{}}", ()),
    ("{{{0}}}", (5,)), ("}}{{", ()), ("a{}b{}c", (1.5, None)), ("{:>10}", ("x",)), ("{:*^9.3f}", (3.14159,)),
    ("{0:{1}}", (42, 8)), ("{:{}}", (42, 8)), ("{:{}.{}}", (3.14159, 10, 3)), ("{0:{1}{2}}", (7, ">", 5)),
    ("{:{:{}}}", (1, 2, 3)), ("{0!r}", ("é",)), ("{0!a}", ("é😀",)), ("{0!s:>5}", (1,)), ("{!r:^9}", ("ab",)),
    ("{0!x}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)), ("{0!r", (1,)), ("{0!é}", (1,)), ("{!", (1,)),
    ("{0[1]}", ([1, 2],)), ("{0[0]}", ("abc",)), ("{0[2]}", ((1, 2, 3),)), ("{0[5]}", ([1],)),
    ("{0[a]}", ([1],)), ("{0[-1]}", ([1, 2],)), ("{0[1][0]}", ([0, "xy"],)), ("{0[]}", ([1],)),
    ("{0[0}", ([1],)), ("{0[0]x}", ([1],)), ("{0.x}", (5,)), ("{0.}", (5,)), ("{0.x[0]}", (5,)),
    ("{}", ()), ("{1}", (1,)), ("{} {0}", (1, 2)), ("{0} {}", (1, 2)), ("{", ()), ("}", ()), ("a}b", ()),
    ("{0", (1,)), ("{0:", (1,)), ("{0:{", (1,)), ("{0{}", (1,)), ("{:d}", ("x",)), ("{:s}", (5,)),
    ("{:x}", (255,)), ("{:#b}", (5,)), ("{:,}", (1234567,)), ("{:_x}", (2**40,)), ("{:%}", (0.25,)),
    ("{99999999999999999999}", ()), ("{0[99999999999999999999]}", ([1],)), ("{-1}", ()),
    ("{0]}", (1,)), ("{:}", (5,)), ("{!s}", (5,)), ("{:{}}", ("x", "<5")), ("{:{}}", ("x", 5.5)),
    ("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}", tuple(range(11))), ("é{}ü", ("日",)), ("{:é^7}", ("x",)),
    ("{0:{1}}", ("x", "{")), ("{:{{}}}", (1,)), ("{0:}}", (1,)), ("{:{}}{}", (1, 2, 3)),
    ("{:<{}}|", ("ab", 6)), ("{0[1:2]}", ([1, 2],)), ("{0[{]}", ([1],)), ("{a[}", ()),
    ("{0[a]}", ({"a": 5},)), ("{0[1]}", ({1: "int key"},)), ("{0[1]}", ({"1": "str key"},)),
    ("{0[x]}", ({"a": 5},)), ("{0[a][0]}", ({"a": [5]},)), ("{١}", (1, 2)), ("{0[١]}", ([1, 2],)),
    ("{:٥}", (1,)), ("{:.٢f}", (1.5,)),
]
for template, args in STR_FORMAT:
    add_str_format(template, args)
KW_FORMAT = [
    ("{a}", {"a": 1}), ("{a} {b}", {"a": 1, "b": "x"}), ("{a:>{w}}", {"a": "r", "w": 4}),
    ("{name!r}", {"name": "bob"}), ("{missing}", {"a": 1}), ("{a[0]}", {"a": [9]}),
    ("{a[k]}", {"a": [9]}), ("{0} {a}", {"a": 2}), ("{é}", {"é": 3}),
]
for template, kw in KW_FORMAT:
    add("S", template, enc(()), enc_kwargs(kw), lambda t=template, kw=kw: t.format(*(), **kw))
add("S", "{0} {a} {}", enc((1, 2)), enc_kwargs({"a": 3}), lambda: "{0} {a} {}".format(1, 2, a=3))
add("S", "{} {a} {}", enc((1, 2)), enc_kwargs({"a": 3}), lambda: "{} {a} {}".format(1, 2, a=3))

# Every format-spec family through a field, to check the hand-off.
for v in [5, -3.25, "ab", True, 2**70]:
    for spec in ["", ">8", "+", "x", ".2f", ",", "^7", "e", "s", "08.3"]:
        add_str_format("[{:" + spec + "}]", (v,))

# ---- printf-style %


def add_percent(template, arg):
    add("P", template, enc(arg), "", lambda: template % arg)


PERCENT = [
    ("%s", "x"), ("%s", ("x",)), ("%s %s", (1, 2)), ("%d%%", (50,)), ("%%", ()), ("%", ()), ("abc%", ()),
    ("%5", (1,)), ("%.", (1,)), ("%(a", ()), ("%(a)s", 1), ("%(a)s", [1]), ("%s", [1, 2]), ("hello", []),
    ("hello", 5), ("hello", ()), ("hello", (1,)), ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)),
    ("%q", (1,)), ("%q", ()), ("%é", (1,)), ("ab%éc", (1,)), ("x%yz", (1,)), ("%\x01", (1,)),
    ("%d", ("a",)), ("%i", (None,)), ("%x", (1.5,)), ("%o", ("7",)), ("%X", (2.0,)), ("%d", (2.9,)),
    ("%d", (-2.9,)), ("%d", (math.inf,)), ("%d", (math.nan,)), ("%d", (1e300,)), ("%f", ("a",)),
    ("%e", (None,)), ("%g", (2**1100,)), ("%c", (65,)), ("%c", ("é",)), ("%c", ("ab",)), ("%c", (1.5,)),
    ("%c", (-1,)), ("%c", (0x110000,)), ("%c", (2**70,)), ("%c", (None,)), ("%5c", ("x",)),
    ("%-5c|", (0x1F600,)), ("%*d", (5, 1)), ("%-*d|", (5, 1)), ("%*d|", (-5, 1)), ("%.*f", (2, 3.14159)),
    ("%.*f", (-2, 3.14159)), ("%*.*f", (10, 3, 2.5)), ("%*d", ("a", 1)), ("%.*d", (2.0, 1)),
    ("%*d", (2**70, 1)), ("%.*f", (2**40, 1.0)), ("%ld %hd %Ld", (1, 2, 3)), ("%lx", (255,)),
    ("%(a)s", ()), ("%s %(a)s", ([1],)), ("%(a)s", ("x",)), ("%10.4s|", ("abcdefgh",)),
    ("%-10.2r|", ("abc",)), ("%.3a", ("é",)), ("%5s|", ("日本",)), ("%.1s", ("日本",)),
    ("%r", ("it's",)), ("%a", ("😀",)), ("%s", (True,)), ("%d", (True,)), ("%x", (False,)),
    ("%s", (None,)), ("%r", (None,)), ("%s", ((1, 2),)), ("%s", ([1, (2,)],)), ("%s", (1.0,)),
    ("%r", (1e16,)), ("%#o", (8,)), ("%#x", (-255,)), ("%#X", (255,)), ("%#5x|", (1,)),
    ("%-#8x|", (255,)), ("%#08x", (255,)), ("%#-08x|", (255,)), ("%+#08X", (255,)), ("% #o", (8,)),
    ("%+s", ("x",)), ("% s", ("x",)), ("%05s", ("x",)), ("%05d", (-42,)), ("%-05d|", (-42,)),
    ("%+05d", (42,)), ("% 05d", (42,)), ("% d", (-42,)), ("%.5d", (42,)), ("%.5d", (-42,)),
    ("%8.5d|", (42,)), ("%-8.5x|", (-42,)), ("%#.5x", (42,)), ("%#10.5o", (42,)), ("%u", (7,)),
    ("%i", (-7,)), ("%d", (2**100,)), ("%x", (-(2**100),)), ("%08.3f", (-3.14159,)), ("%+.0f", (2.5,)),
    ("%#.0f", (2.0,)), ("%#g", (1.0,)), ("%g", (1e-5,)), ("%G", (1e20,)), ("%E", (12345.678,)),
    ("%.0e", (15.0,)), ("%F", (math.inf,)), ("%f", (-math.nan,)), ("%010f", (math.inf,)),
    ("%-10f|", (-math.inf,)), ("%+f", (0.0,)), ("%+f", (-0.0,)), ("% f", (1.0,)), ("%.20f", (0.1,)),
    ("%.100f", (1e-100,)), ("%f", (1e300,)), ("%s and %s", ("a", "b")), ("é%sü", ("日",)),
]
for template, arg in PERCENT:
    add_percent(template, arg)
MAPPING = [
    ("%(a)s", {"a": 1}), ("%(a)s %(b)05.1f", {"a": "x", "b": 2.25}), ("%(a)s %(a)r", {"a": "q"}),
    ("%(missing)s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%s", {"a": 1}), ("%(a)s", ({"a": 1},)),
    ("%(a(b))s", {"a(b)": 7}), ("%()s", {"": 5}), ("%(a)*d", {"a": 1}), ("%(é)s", {"é": "ü"}),
    ("no fields", {"a": 1}), ("%(a)s %%", {"a": 1}), ("%(1)s", {1: 2}),
]
for template, arg in MAPPING:
    add_percent(template, arg)

CONVS = "sradiuoxXeEfFgGc"
PCT_VALUES = [0, 7, -7, 255, -4096, 2**64, -(3**50), True, 0.0, -0.0, 2.5, -1234.5678, 1e-7, 1e22,
              1 / 3, math.inf, math.nan, "abc", "é", "", None, [1]]
for conv in CONVS:
    for v in PCT_VALUES:
        add_percent("%" + conv, (v,))
FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "-#", " 0", "+ ", "#-+0"]
WIDTHS = ["", "1", "6", "12", "*"]
PRECS = ["", ".0", ".2", ".5", ".*", "."]
rng = random.Random(1105)
for _ in range(3000):
    flags, width, prec, conv = rng.choice(FLAGS), rng.choice(WIDTHS), rng.choice(PRECS), rng.choice(CONVS)
    value = rng.choice(PCT_VALUES)
    args = []
    if width == "*":
        args.append(rng.choice([7, -7, 0, 3]))
    if prec == ".*":
        args.append(rng.choice([0, 2, 4, -1]))
    args.append(value)
    add_percent("[%" + flags + width + prec + conv + "]", tuple(args))

# ---- the builtin with a non-str spec

for spec in [5, None, 1.5, ["x"]]:
    add("B", enc(1), enc(spec), "", lambda spec=spec: format(1, spec))
add("B", enc(1.5), enc(".2f"), "", lambda: format(1.5, ".2f"))
add("B", enc("x"), "", "", lambda: format("x"))

# ---- write the table

with open(OUT, "w", encoding="ascii") as f:
    f.write(f"// Generated by gen_format_cases.py with CPython {sys.version.split()[0]}; do not edit.\n")
    f.write("// kind, a, b, c, expected ('=' output, or '!' and the exception line).\n")
    for kind, a, b, c, expected in cases:
        f.write(f"{{'{kind}', {c_literal(a)}, {c_literal(b)}, {c_literal(c)}, {c_literal(expected)}}},\n")

counts = {}
for case in cases:
    counts[case[0]] = counts.get(case[0], 0) + 1
print(f"wrote {len(cases)} cases to {OUT}: {counts}")

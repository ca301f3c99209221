#!/usr/bin/env python3
"""Writes set_cases.inc: random programs over sets and frozensets, each with
the output CPython prints for it, for set_test.cpp to replay on the runtime.

A program is a list of operations separated by ';', each a list of tokens
separated by spaces: an opcode, register names (a-d) and values. Values are
ints (any size), floats, `True`/`False` and flat tuples such as `(1,-2)`;
no strings, whose hashes CPython randomises per process. The interpreter
below defines what each operation means; set_test.cpp mirrors it. Run with
python3 (CPython 3.11) from any directory; the seed is fixed, so the table
only changes when this script does.
"""
import argparse
import os
import random
import sys

SEED = 20240611
CASES = 400
PRINT_LIMIT = 150  # bigger sets print as a digest


def parse_value(token):
    """A value token: also `None` and `s:text` strings, for gen_dict_cases.py."""
    if token == "True":
        return True
    if token == "False":
        return False
    if token == "None":
        return None
    if token.startswith("s:"):
        return token[2:]
    if token.startswith("("):
        inner = token[1:-1]
        return tuple(parse_value(t) for t in inner.split(",") if t)
    if any(ch in token for ch in ".en") or token.endswith("inf"):
        return float(token)
    return int(token)


def token_of(value):
    if isinstance(value, str):
        return "s:" + value
    if isinstance(value, tuple):
        return "(" + ",".join(token_of(v) for v in value) + ")"
    return repr(value)


def fnv1a(text):
    h = 0xCBF29CE484222325
    for byte in text.encode():
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def shown(s):
    text = repr(s)
    if len(s) <= PRINT_LIMIT:
        return text
    return "digest %d %016x" % (len(s), fnv1a(text))


def error_line(e):
    message = str(e)
    name = type(e).__name__
    return "ERR " + (name + ": " + message if message else name)


def bools(*values):
    return "".join("T" if v else "F" for v in values)


VALUE_OPS = {"lit", "fz", "range", "fromdict", "add", "discard", "remove", "updatel", "iupdatel",
             "dupdatel", "xupdatel", "cmpl", "in", "grow", "swap"}


def run(program):
    """Runs a program on CPython's sets; returns its output lines."""
    regs = {}
    out = []
    for op in program.split(";"):
        tok = op.split()
        code, args = tok[0], tok[1:]
        r = args[0] if args else None
        # The value operands (registers are parsed where an op takes them).
        vals = [parse_value(t) for t in args[1:]] if code in VALUE_OPS else []
        try:
            if code == "new":
                regs[r] = set()
            elif code == "lit":  # BUILD_SET: added left to right
                s = set()
                for v in vals:
                    s.add(v)
                regs[r] = s
            elif code == "folded":  # a constant display, folded to a frozenset
                regs[r] = eval("{" + ", ".join(args[1:]) + "}")
            elif code == "fz":
                regs[r] = frozenset(vals)
            elif code == "range":
                regs[r] = set(range(vals[0], vals[1]))
            elif code == "fromdict":
                regs[r] = set(dict.fromkeys(vals))
            elif code == "set":
                regs[r] = set(regs[args[1]])
            elif code == "frozen":
                regs[r] = frozenset(regs[args[1]])
            elif code == "copy":
                regs[r] = regs[args[1]].copy()
            elif code == "add":
                regs[r].add(vals[0])
            elif code == "discard":
                regs[r].discard(vals[0])
            elif code == "remove":
                regs[r].remove(vals[0])
            elif code == "pop":
                out.append("pop " + repr(regs[r].pop()))
            elif code == "clear":
                regs[r].clear()
            elif code in ("or", "and", "sub", "xor"):
                x, y = regs[args[1]], regs[args[2]]
                regs[r] = {"or": x | y, "and": x & y, "sub": x - y, "xor": x ^ y}[code]
            elif code in ("ior", "iand", "isub", "ixor"):
                x, y = regs[r], regs[args[1]]
                if code == "ior":
                    x |= y
                elif code == "iand":
                    x &= y
                elif code == "isub":
                    x -= y
                else:
                    x ^= y
                regs[r] = x
            elif code in ("union", "inter", "diff", "symdiff"):
                others = [regs[a] for a in args[2:]]
                s = regs[args[1]]
                method = {"union": s.union, "inter": s.intersection, "diff": s.difference,
                          "symdiff": s.symmetric_difference}[code]
                regs[r] = method(*others)
            elif code in ("unionl", "interl", "diffl", "symdiffl"):
                s = regs[args[1]]
                items = [parse_value(t) for t in args[2:]]
                method = {"unionl": s.union, "interl": s.intersection, "diffl": s.difference,
                          "symdiffl": s.symmetric_difference}[code]
                regs[r] = method(items)
            elif code in ("update", "iupdate", "dupdate", "xupdate"):
                s = regs[r]
                others = [regs[a] for a in args[1:]]
                method = {"update": s.update, "iupdate": s.intersection_update,
                          "dupdate": s.difference_update, "xupdate": s.symmetric_difference_update}[code]
                method(*others)
            elif code in ("updatel", "iupdatel", "dupdatel", "xupdatel"):
                s = regs[r]
                method = {"updatel": s.update, "iupdatel": s.intersection_update,
                          "dupdatel": s.difference_update, "xupdatel": s.symmetric_difference_update}[code]
                method(vals)
            elif code == "print":
                out.append(shown(regs[r]))
            elif code == "cmp":
                x, y = regs[r], regs[args[1]]
                out.append("cmp " + bools(x < y, x <= y, x == y, x != y, x >= y, x > y,
                                          x.issubset(y), x.issuperset(y), x.isdisjoint(y)))
            elif code == "cmpl":
                x = regs[r]
                out.append("cmpl " + bools(x.issubset(vals), x.issuperset(vals), x.isdisjoint(vals)))
            elif code == "hash":
                out.append("hash %d" % hash(frozenset(regs[r])))
            elif code == "len":
                out.append("len %d" % len(regs[r]))
            elif code == "in":
                out.append("in " + bools(*(v in regs[r] for v in vals)))
            elif code == "popall":  # pops until empty, printing the order
                s = regs[r]
                popped = []
                while s:
                    popped.append(s.pop())
                out.append("popall " + shown_list(popped))
            elif code == "grow":  # adds during iteration: the size check
                s = regs[r]
                seen = []
                for x in s:
                    seen.append(x)
                    s.add(vals[0])
                out.append("grow " + repr(seen))
            elif code == "swap":  # discard + add during iteration: no size change
                s = regs[r]
                seen = []
                for x in s:
                    seen.append(x)
                    s.discard(x)
                    s.add(vals[0] + len(seen))
                    if len(seen) > 50:
                        break
                out.append("swap " + repr(seen))
            else:
                raise SystemExit("unknown op " + code)
        except Exception as e:  # noqa: BLE001 - the error is the expected output
            if isinstance(e, SystemExit):
                raise
            out.append(error_line(e))
    return out


def shown_list(items):
    text = repr(items)
    if len(items) <= PRINT_LIMIT:
        return text
    return "digest %d %016x" % (len(items), fnv1a(text))


# ---------------------------------------------------------------- random programs

def value_pool(rng):
    """The values one program draws from: a mix chosen to collide."""
    kind = rng.choice(["small", "small", "stride", "big", "mixed", "wide"])
    if kind == "small":
        return list(range(-5, rng.choice([10, 40, 120])))
    if kind == "stride":
        step = rng.choice([8, 16, 32, 64, 1024, 2**20])
        return [k * step + rng.choice([0, 0, 1]) for k in range(-3, 60)]
    if kind == "big":
        bases = [2**61 - 1, 2**61, 2**62, 2**63, 2**64, 2**100, -(2**61), -(2**63) - 1]
        return [b + d for b in bases for d in range(-3, 4)] + list(range(-3, 8))
    if kind == "wide":
        return [rng.randrange(-10**6, 10**6) for _ in range(200)]
    pool = list(range(-3, 30))
    pool += [k + 0.5 for k in range(-3, 10)] + [1.0, 2.0, 1e20, float("inf"), -2.5]
    pool += [(a, b) for a in range(4) for b in range(-1, 3)]
    pool += [True, False, 2**64 + 1, -1, -2]
    return pool


def gen_program(rng):
    pool = value_pool(rng)
    regs = {}  # register -> "set" | "frozenset"
    ops = []

    def val():
        return token_of(rng.choice(pool))

    def vals(lo, hi):
        return " ".join(val() for _ in range(rng.randint(lo, hi)))

    def some(kind=None):
        names = [n for n, t in regs.items() if kind is None or t == kind]
        return rng.choice(names) if names else None

    def target():
        return rng.choice("abcd")

    def build(r):
        choice = rng.random()
        if choice < 0.35:
            ops.append("lit %s %s" % (r, vals(0, rng.choice([6, 20, 80]))))
            regs[r] = "set"
        elif choice < 0.5:
            # Python literals only (`inf` is not one): ints, floats, tuples, bools.
            literals = [token_of(v) for v in pool if "inf" not in token_of(v)]
            count = rng.randint(3, rng.choice([5, 12, 40]))
            ops.append("folded %s %s" % (r, " ".join(rng.choice(literals) for _ in range(count))))
            regs[r] = "set"
        elif choice < 0.6:
            ops.append("fz %s %s" % (r, vals(0, 30)))
            regs[r] = "frozenset"
        elif choice < 0.75:
            lo = rng.randrange(-20, 50)
            hi = lo + rng.choice([0, 3, 5, 6, 20, 100, 500, 2000])
            ops.append("range %s %d %d" % (r, lo, hi))
            regs[r] = "set"
        elif choice < 0.85:
            ops.append("fromdict %s %s" % (r, vals(0, 25)))
            regs[r] = "set"
        else:
            ops.append("new %s" % r)
            regs[r] = "set"

    for r in "ab":
        build(r)
    for _ in range(rng.randint(5, 45)):
        x = rng.random()
        s, t = some(), some()
        m = some("set")
        if x < 0.08:
            build(target())
        elif x < 0.30 and m:
            ops.append("add %s %s" % (m, val()))
        elif x < 0.40 and m:
            ops.append("%s %s %s" % (rng.choice(["discard", "discard", "remove"]), m, val()))
        elif x < 0.45 and m:
            ops.append("pop %s" % m)
        elif x < 0.52:
            r = target()
            ops.append("%s %s %s %s" % (rng.choice(["or", "and", "sub", "xor"]), r, s, t))
            regs[r] = regs[s]
        elif x < 0.58:
            r = target()
            code = rng.choice(["union", "inter", "diff", "symdiff"])
            others = [some() for _ in range(1 if code == "symdiff" else rng.randint(0, 3))]
            ops.append(" ".join([code, r, s] + others))
            regs[r] = regs[s]
        elif x < 0.62:
            r = target()
            code = rng.choice(["unionl", "interl", "diffl", "symdiffl"])
            ops.append("%s %s %s %s" % (code, r, s, vals(0, 12)))
            regs[r] = regs[s]
        elif x < 0.68:
            code = rng.choice(["ior", "iand", "isub", "ixor"])
            ops.append("%s %s %s" % (code, s, t))
        elif x < 0.72 and m:
            code = rng.choice(["update", "iupdate", "dupdate", "xupdate"])
            others = [some() for _ in range(1 if code == "xupdate" else rng.randint(0, 2))]
            ops.append(" ".join([code, m] + others))
        elif x < 0.75 and m:
            code = rng.choice(["updatel", "iupdatel", "dupdatel", "xupdatel"])
            ops.append("%s %s %s" % (code, m, vals(0, 10)))
        elif x < 0.78:
            r = target()
            code = rng.choice(["set", "frozen", "copy"])
            ops.append("%s %s %s" % (code, r, s))
            regs[r] = {"set": "set", "frozen": "frozenset", "copy": regs[s]}[code]
        elif x < 0.80 and m:
            ops.append("clear %s" % m)
        elif x < 0.86:
            ops.append("cmp %s %s" % (s, t))
        elif x < 0.87:
            ops.append("cmpl %s %s" % (s, vals(0, 8)))
        elif x < 0.89:
            ops.append("hash %s" % s)
        elif x < 0.90:
            ops.append("in %s %s" % (s, vals(1, 4)))
        elif x < 0.91:
            ops.append("len %s" % s)
        elif x < 0.92 and m:
            ops.append("%s %s %s" % (rng.choice(["grow", "swap"]), m, token_of(rng.randrange(100, 10**6))))
        elif x < 0.93 and m:
            ops.append("popall %s" % m)
        else:
            ops.append("print %s" % s)
    for r in sorted(regs):
        ops.append("print %s" % r)
    return ";".join(ops)


def fixed_programs():
    """Hand-picked programs: the brief's examples and the resize edges."""
    return [
        "folded a 5 1 33 17;print a",
        "lit a 5 1 33 17;print a",
        "range a 0 20;lit b 3;sub c a b;print c",
        "lit a (1,2) (3,4);print a",
        "lit a 2305843009213693951 2305843009213693952 4611686018427387904 9223372036854775808 "
        "18446744073709551616 -9223372036854775809 1 0;print a",
        "range a 0 60000;print a;discard a 7;add a 70000;print a;set b a;print b;range c 100 50100;"
        "sub d a c;print d;and d a c;print d;xor d a c;print d;or d c a;print d;popall c",
        "range a 0 50001;add a -1;print a;range b 0 50000;add b -1;print b",
        "lit a 1 9 17 25 33 41 49 57;discard a 9;discard a 25;add a 65;add a 73;print a;pop a;pop a;print a",
        "new a;pop a;remove a 3;print a",
        "fz a;print a;fz b 1 2;print b;hash a;hash b;lit c 2 1;hash c",
        "lit a 1 2 3;grow a 99;print a",
        "lit a 1 2 3;swap a 1000;print a",
        "range a 0 100;iupdate a;print a;range b 0 10;inter c b b;print c;dupdate b b;print b",
    ]


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_set_cases.py needs CPython 3.11 (the reference), not %s" % sys.version.split()[0])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED, help="for a wider sweep than the committed table")
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "set_cases.inc"))
    options = parser.parse_args()
    rng = random.Random(options.seed)
    programs = fixed_programs() + [gen_program(rng) for _ in range(options.cases)]
    with open(options.out, "w") as f:
        f.write("// Generated by gen_set_cases.py from CPython %s; do not edit.\n" % sys.version.split()[0])
        f.write("// {program, CPython's output}\n")
        for program in programs:
            output = "\n".join(run(program))
            f.write("{%s,\n %s},\n" % (c_string(program), c_string(output)))


if __name__ == "__main__":
    main()

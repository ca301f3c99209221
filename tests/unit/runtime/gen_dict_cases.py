#!/usr/bin/env python3
"""Writes dict_cases.inc: random programs over dicts and their views, each
with the output CPython prints for it, for dict_test.cpp to replay.

The program format and the value tokens are gen_set_cases.py's (strings are
`s:text`). Dicts print in insertion order, so any keys may be used, except
where a result is a set (the view operations): there keys and values avoid
strings and None, whose hashes vary between CPython processes. The `mut`
operations iterate a dict while changing it, which checks that the runtime
sizes and compacts its table exactly as CPython 3.11 does. Run with python3
(CPython 3.11); the seed is fixed.
"""
import argparse
import os
import random
import sys

from gen_set_cases import c_string, error_line, fnv1a, parse_value, token_of

SEED = 20240612
CASES = 200
PRINT_LIMIT = 60


def shown(text, size):
    if size <= PRINT_LIMIT:
        return text
    return "digest %d %016x" % (size, fnv1a(text))


def literal(token):
    return repr(parse_value(token))


def pairs(tokens):
    values = [parse_value(t) for t in tokens]
    return list(zip(values[0::2], values[1::2]))


def mutate_while_iterating(d, kind, arg):
    """Iterates d while changing it as `kind` says; returns what it saw."""
    seen = []
    for k in d:
        seen.append(k)
        step = len(seen)
        if kind == "add" and step == 2:
            d[arg] = step
        elif kind == "del" and step == 2:
            del d[k]
        elif kind == "swap":  # same size: delete this key, insert another
            del d[k]
            d[arg + step] = step
        elif kind == "popitem":
            d.popitem()
            d[arg + step] = step
        elif kind == "set":  # replacing values is allowed
            d[k] = step
        if step > 100:
            break
    return seen


def run(program):
    regs = {}
    out = []
    for op in program.split(";"):
        tok = op.split()
        code, r, args = tok[0], tok[1], tok[2:]
        try:
            if code == "new":
                regs[r] = {}
            elif code == "lit":  # a display, presized by CPython
                items = ", ".join("%s: %s" % (literal(k), literal(v)) for k, v in zip(args[0::2], args[1::2]))
                regs[r] = eval("{" + items + "}")
            elif code == "set":
                regs[r][parse_value(args[0])] = parse_value(args[1])
            elif code == "del":
                del regs[r][parse_value(args[0])]
            elif code == "pop":
                out.append("pop " + repr(regs[r].pop(*[parse_value(t) for t in args])))
            elif code == "popitem":
                out.append("popitem " + repr(regs[r].popitem()))
            elif code == "get":
                out.append("get " + repr(regs[r].get(*[parse_value(t) for t in args])))
            elif code == "getitem":
                out.append("getitem " + repr(regs[r][parse_value(args[0])]))
            elif code == "setdefault":
                out.append("setdefault " + repr(regs[r].setdefault(*[parse_value(t) for t in args])))
            elif code == "in":
                out.append("in " + "".join("T" if parse_value(t) in regs[r] else "F" for t in args))
            elif code == "update":
                regs[r].update(regs[args[0]])
            elif code == "updatel":
                regs[r].update(pairs(args))
            elif code == "updatekw":
                regs[r].update(**{args[i]: parse_value(args[i + 1]) for i in range(0, len(args), 2)})
            elif code == "dictl":
                regs[r] = dict(pairs(args))
            elif code == "dictseq":  # dict() of arbitrary elements (errors)
                regs[r] = dict([parse_value(t) for t in args])
            elif code == "dictd":
                regs[r] = dict(regs[args[0]])
            elif code == "dictkw":
                regs[r] = dict(**{args[i]: parse_value(args[i + 1]) for i in range(0, len(args), 2)})
            elif code == "fromkeys":
                regs[r] = dict.fromkeys([parse_value(t) for t in args[1:]], parse_value(args[0]))
            elif code == "fromkeysd":
                regs[r] = dict.fromkeys(regs[args[0]])
            elif code == "copy":
                regs[r] = regs[args[0]].copy()
            elif code == "or":
                regs[r] = regs[args[0]] | regs[args[1]]
            elif code == "ior":
                x = regs[r]
                x |= regs[args[0]]
            elif code == "iorl":
                x = regs[r]
                x |= pairs(args)
            elif code == "clear":
                regs[r].clear()
            elif code == "print":
                out.append(shown(repr(regs[r]), len(regs[r])))
            elif code == "views":
                d = regs[r]
                for view in (d.keys(), d.values(), d.items()):
                    out.append(shown(repr(view), len(view)))
            elif code == "len":
                out.append("len %d" % len(regs[r]))
            elif code == "eq":
                out.append("eq %s%s" % ("T" if regs[r] == regs[args[0]] else "F",
                                        "T" if regs[r] != regs[args[0]] else "F"))
            elif code == "mut":
                d = regs[r]
                seen = []
                try:
                    seen = mutate_while_iterating(d, args[0], parse_value(args[1]))
                    out.append("mut " + repr(seen))
                except RuntimeError as e:
                    out.append("mut " + error_line(e))
            elif code == "vops":
                x, y = regs[r], regs[args[0]]
                ks, kt, its, itt = x.keys(), y.keys(), x.items(), y.items()
                for result in (ks & kt, ks | kt, ks - kt, ks ^ kt, its & itt, its | itt, its - itt, its ^ itt):
                    out.append(shown(repr(result), len(result)))
                out.append("vcmp " + "".join("T" if b else "F" for b in (
                    ks == kt, ks != kt, ks < kt, ks <= kt, ks > kt, ks >= kt, its == itt, its <= itt,
                    ks.isdisjoint(kt), its.isdisjoint(itt), ks == set(kt), set(ks) >= kt)))
            elif code == "vopsl":
                x = regs[r]
                items = [parse_value(t) for t in args]
                ks = x.keys()
                for result in (ks & items, ks | items, ks - items, ks ^ items, items - ks):
                    out.append(shown(repr(result), len(result)))
            else:
                raise SystemExit("unknown op " + code)
        except Exception as e:  # noqa: BLE001 - the error is the expected output
            out.append(error_line(e))
    return out


# ---------------------------------------------------------------- random programs

def key_pool(rng, hashable_output):
    """Keys one program draws from; no strs or None when sets get printed."""
    pool = list(range(-5, rng.choice([12, 40, 200])))
    pool += [k * 8 for k in range(20)] + [2**61 - 1, 2**61, 2**63, 2**64 + 3, -(2**63) - 1]
    pool += [0.5, 1.0, 2.5, 1e20, (1, 2), (0, -1), True, False]
    if not hashable_output:
        pool += ["s:" + c for c in "abcdefgh"] + ["s:key" + str(i) for i in range(10)] + [None]
    return pool


def gen_program(rng):
    hashable_output = rng.random() < 0.4
    keys = key_pool(rng, hashable_output)
    values = list(range(-3, 20)) + [1.5, (1, 2)] + ([] if hashable_output else ["s:v", None])
    ops = []
    regs = set()

    def key():
        value = rng.choice(keys)
        return value if isinstance(value, str) else token_of(value)

    def val():
        value = rng.choice(values)
        return value if isinstance(value, str) else token_of(value)

    def kv_pairs(lo, hi):
        return " ".join("%s %s" % (key(), val()) for _ in range(rng.randint(lo, hi)))

    def kwargs(lo, hi):
        return " ".join("%s %s" % (rng.choice(["x", "y", "z", "w", "k1", "k2", "k3"]), val())
                        for _ in range(rng.randint(lo, hi)))

    def some():
        return rng.choice(sorted(regs))

    def build(r):
        x = rng.random()
        if x < 0.3:
            ops.append("lit %s %s" % (r, kv_pairs(0, rng.choice([5, 16, 40]))))
        elif x < 0.45:
            ops.append("dictl %s %s" % (r, kv_pairs(0, rng.choice([5, 30, 120]))))
        elif x < 0.55 and regs:
            # fromkeys(d) maps to None, whose hash differs between processes.
            codes = ["dictd", "copy"] + ([] if hashable_output else ["fromkeysd"])
            ops.append("%s %s %s" % (rng.choice(codes), r, some()))
        elif x < 0.65 and not hashable_output:
            ops.append("dictkw %s %s" % (r, kwargs(0, 9)))
        elif x < 0.75:
            ops.append("fromkeys %s %s %s" % (r, val(), " ".join(key() for _ in range(rng.randint(0, 30)))))
        else:
            ops.append("new %s" % r)
        regs.add(r)

    build("a")
    build("b")
    for _ in range(rng.randint(5, 70)):
        x = rng.random()
        r = some()
        if x < 0.06:
            build(rng.choice("abcd"))
        elif x < 0.35:
            ops.append("set %s %s %s" % (r, key(), val()))
        elif x < 0.45:
            ops.append("%s %s %s" % (rng.choice(["del", "pop", "getitem"]), r, key()))
        elif x < 0.48:
            ops.append("pop %s %s %s" % (r, key(), val()))
        elif x < 0.53:
            ops.append("popitem %s" % r)
        elif x < 0.57:
            # setdefault(k) stores None, whose hash differs between processes.
            ops.append("%s %s %s" % ("get" if hashable_output else rng.choice(["get", "setdefault"]), r, key()))
        elif x < 0.60:
            ops.append("%s %s %s %s" % (rng.choice(["get", "setdefault"]), r, key(), val()))
        elif x < 0.62:
            ops.append("in %s %s" % (r, " ".join(key() for _ in range(rng.randint(1, 4)))))
        elif x < 0.65:
            ops.append("update %s %s" % (r, some()))
        elif x < 0.68:
            ops.append("updatel %s %s" % (r, kv_pairs(0, 12)))
        elif x < 0.70 and not hashable_output:
            ops.append("updatekw %s %s" % (r, kwargs(0, 8)))
        elif x < 0.73:
            t = rng.choice("abcd")
            ops.append("or %s %s %s" % (t, r, some()))
            regs.add(t)
        elif x < 0.75:
            ops.append("ior %s %s" % (r, some()))
        elif x < 0.76:
            ops.append("iorl %s %s" % (r, kv_pairs(0, 6)))
        elif x < 0.77:
            ops.append("clear %s" % r)
        elif x < 0.82:
            ops.append("mut %s %s %s" % (r, rng.choice(["add", "del", "swap", "swap", "popitem", "set"]),
                                          token_of(rng.randrange(1000, 10**6))))
        elif x < 0.86 and hashable_output:
            ops.append("vops %s %s" % (r, some()))
        elif x < 0.88 and hashable_output:
            ops.append("vopsl %s %s" % (r, " ".join(key() for _ in range(rng.randint(0, 8)))))
        elif x < 0.90:
            ops.append("eq %s %s" % (r, some()))
        elif x < 0.92:
            ops.append("views %s" % r)
        elif x < 0.93:
            ops.append("len %s" % r)
        else:
            ops.append("print %s" % r)
    for r in sorted(regs):
        ops.append("print %s" % r)
    return ";".join(ops)


def fixed_programs():
    """Hand-picked programs: errors and the table's growth edges."""
    return [
        "new a;getitem a s:x;getitem a (1,2);del a 5;pop a 5;popitem a;pop a s:k None",
        "dictseq a (1,2) (3,4,5);dictseq a (1,2) 7;dictseq a (1,2) s:xy (3,);dictseq b (1,2) s:xy (3,4);print b",
        "lit a 1 1 2 2 3 3 4 4 5 5;mut a swap 100;print a",
        "lit a 1 1 2 2 3 3 4 4;mut a swap 100;print a",
        "new a;set a 1 1;mut a swap 10;print a",
        "lit a 1 1 2 2 3 3;mut a add 9;print a;mut a del 0;print a;mut a set 0;print a",
        "lit a 1 1 2 2 3 3 4 4 5 5 6 6;del a 1;del a 2;copy b a;mut b swap 50;print b;views b",
        "fromkeys a 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21;mut a swap 7;print a",
        "lit a 1 1;set a 2 2;popitem a;popitem a;set a 3 3;mut a popitem 40;print a",
        "dictkw a x 1 y 2;updatekw a z 3 x 4;print a;dictl b s:ab s:cd;print b",
    ]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_dict_cases.py needs CPython 3.11 (the reference), not %s" % sys.version.split()[0])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED, help="for a wider sweep than the committed table")
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "dict_cases.inc"))
    options = parser.parse_args()
    rng = random.Random(options.seed)
    programs = fixed_programs() + [gen_program(rng) for _ in range(options.cases)]
    with open(options.out, "w") as f:
        f.write("// Generated by gen_dict_cases.py from CPython %s; do not edit.\n" % sys.version.split()[0])
        f.write("// {program, CPython's output}\n")
        for program in programs:
            output = "\n".join(run(program))
            f.write("{%s,\n %s},\n" % (c_string(program), c_string(output)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes random_cases.inc for random_test.cpp: for each seed (ints around
the 32-bit word boundaries, big and negative ints, floats, str and bytes),
what CPython 3.11's random.Random(seed) gives first — getrandbits(32)
words, random(), a wide getrandbits — and a checksum of a long run of
outputs, which crosses the 624-word regeneration several times.

Run from this folder with the reference interpreter:  python3 gen_random_cases.py
"""
import random

from python_cases import c_literal, fnv1a64, write_inc

SEEDS = [0, 1, 42, -42, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 + 1, -(2**100), 10**100, True, 0.5, -1.5,
         "", "a", "yieldc", "h\u00e9llo", b"bytes", bytes(range(256))]


def cpp_seed(seed):
    if isinstance(seed, bool):
        return "py::True" if seed else "py::False"
    if isinstance(seed, int):
        return "py::int_from_decimal(%s)" % c_literal(str(seed))
    if isinstance(seed, float):
        return "py::Float(%r)" % seed
    if isinstance(seed, str):
        return "py::str_literal(%s, %d)" % (c_literal(seed), len(seed.encode("utf-8")))
    return "py::bytes_literal(%s, %d)" % (c_literal(seed), len(seed))


def run_summary(r):
    """What random_test.cpp's long_run() prints: one line per output."""
    lines = []
    for i in range(3000):
        lines.append(repr(r.random()) if i % 3 else str(r.getrandbits(1 + i % 97)))
    return "\n".join(lines).encode()


def main():
    lines = []
    for seed in SEEDS:
        r = random.Random(seed)
        words = " ".join(str(r.getrandbits(32)) for _ in range(6))
        first = "%s %r %d" % (words, r.random(), r.getrandbits(100))
        checksum = fnv1a64(run_summary(r))
        lines.append("    {%s, [] { return %s; }, %s, 0x%016xull}," % (c_literal(repr(seed)[:40]), cpp_seed(seed),
                                                                    c_literal(first), checksum))
    write_inc("random_cases.inc", "gen_random_cases.py", [("const RandomCase kRandomCases[]", lines)])


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes slice_cases.inc for slice_test.cpp: slice objects, slice.indices(),
subscripts with slices on list, tuple, range and str, and list item and
slice assignment and deletion, each with what CPython 3.11 gives. A
systematic part slices a few sequences with every combination of bounds.

Run from this folder with the reference interpreter:  python3 gen_slice_cases.py
"""
import itertools
import sys

from python_cases import c_literal, case_lines, outcome, write_inc

CASES = [
    # ---- slice objects
    "slice(1, 2, None)", "slice(1)", "slice(None)", "slice('a', [1], 2.5)", "slice(1, 2) == slice(1, 2)",
    "slice(1, 2) == slice(1, 3)", "slice(1, 2) == (1, 2)", "hash(slice(1, 2))", "repr(slice(-1, None, -1))",
    "slice(None, None, -1).indices(5)", "slice(-100, 100, 2).indices(5)",
    "slice(None, None, -2**63).indices(5)",
    "slice(None, None, 2**70).indices(5)", "slice(True, 2, True).indices(5)", "slice(0, 5).indices(-2**70)",
    "slice(0, 5).indices(True)", "slice(0, 5).indices(1.5)", "slice(0, 5).indices(0)",
    "slice(1, 2, 3).indices(-1)",
    "slice(1, 2, 0).indices(3)", "slice('a', 2).indices(3)", "slice(1, 2, 'x').indices(3)",
    "slice(-2**70, 2**70).indices(4)", "slice(2**70, -2**70, -1).indices(4)", "slice(1, 2).start",
    "slice(1, 2).stop", "slice(1, 2).step", "slice(None, 'a', [1]).step", "slice(1).stop", "slice(1).x",
    # ---- subscripts with a slice
    "[1, 2, 3][::-1]", "[1, 2, 3][5:]", "(1, 2, 3)[1:]", "(1, 2, 3)[::2]", "[1, 2, 3][1.5:]",
    "[1, 2, 3][::0]",
    "[1, 2, 3][:'x']", "[1, 2, 3][None:None:None]", "[1, 2, 3][-2**70:2**70]", "(1, 2, 3)[::2**70]",
    "[1, 2, 3][::-(2**63)]", "()[1:]",
    "range(10)[2:8:2]", "range(10)[::-1]", "range(10)[-3:]", "range(0, 20, 3)[1::2]",
    "range(10, 0, -2)[::-1]",
    "range(10)[5:2]", "range(10)[::-(2**63)]", "range(10)[::0]", "range(3)['a':]",
    "range(5, 50, 5)[-100:100:-3]",
    "range(0)[::-1]", "range(-5, 5)[::3]", "list(range(10)[7:2:-2])",
    # ---- indexing errors
    "[1][1.5]", "[1][5]", "[1][-2]", "[1][10**30]", "(1,)[5]", "(1,)[1.5]", "range(3)[5]", "range(3)[-4]",
    "range(3)[1.5]", "range(3)[True]",
    # ---- list item assignment and deletion
    "l = [1, 2, 3]; l[0] = 9; l", "l = [1, 2, 3]; l[-1] = 9; l", "l = [1]; l[1.5] = 2; l",
    "l = [1]; l[5] = 2; l",
    "l = [1]; l[-2] = 2; l", "l = [1, 2, 3]; del l[0]; l", "l = [1, 2, 3]; del l[-1]; l",
    "l = [1]; del l[5]; l",
    "l = [1]; del l[1.5]; l", "l = []; del l[0]; l", "l = [1, 2]; del l[10**30]; l",
    # ---- list slice assignment
    "l = [1, 2, 3]; l[1:2] = [7, 8, 9]; l", "l = [1, 2, 3]; l[1:1] = 'ab'; l", "l = [1, 2, 3]; l[:] = (); l",
    "l = [1, 2, 3]; l[5:] = [4]; l", "l = [1, 2, 3]; l[-10:1] = [0]; l", "l = [1, 2, 3]; l[2:0] = [5]; l",
    "l = [1, 2, 3]; l[::2] = [7, 8]; l", "l = [1, 2, 3]; l[::-1] = l; l", "l = [1, 2, 3]; l[:] = l; l",
    "l = [1, 2, 3]; l[1:] = l; l", "l = [1, 2, 3]; l[::2] = [1, 2, 3]; l", "l = [1, 2, 3]; l[::2] = 5; l",
    "l = [1, 2, 3]; l[1:2] = 5; l", "l = [1, 2, 3]; l[1:2] = None; l", "l = [1, 2, 3]; l[::0] = []; l",
    "l = [1, 2, 3]; l['a':] = []; l", "l = [1, 2, 3, 4, 5]; l[4:0:-2] = 'xy'; l",
    "l = [1, 2, 3]; l[::-1] = []; l",
    "l = [1, 2, 3]; l[3:] = range(3); l", "l = [1, 2, 3]; l[::1] = iter([9]); l",
    "l = [1, 2, 3]; l[::2] = 'xy'; l",
    # ---- list slice deletion
    "l = [1, 2, 3, 4, 5]; del l[1:3]; l", "l = [1, 2, 3, 4, 5]; del l[::2]; l",
    "l = [1, 2, 3, 4, 5]; del l[::-2]; l",
    "l = [1, 2, 3, 4, 5]; del l[:]; l", "l = [1, 2, 3, 4, 5]; del l[3:1]; l", "l = [1, 2, 3]; del l[::0]; l",
    "l = [1, 2, 3, 4, 5, 6, 7]; del l[-2:0:-3]; l", "l = [1, 2, 3]; del l[10:]; l",
    "l = [1, 2, 3]; del l[::'x']; l",
    # ---- str and bytes slicing (more in the str and bytes tables)
    "'hello'[::-2]", "'héllo wörld'[-5::2]", "b'hello'[1:-1]", "bytearray(b'hello')[::-1]",
]

# Every combination of a few bounds, as data rather than compiled cases:
# {operation, lower, upper, step, expected}, kNone for an omitted bound.
BOUNDS = [None, -7, -2, 0, 1, 3, 9]
STEPS = [None, -2, -1, 2]
OPERATIONS = {
    "g": "[0, 1, 2, 3, 4][{spec}]",
    "s": "'abcdé'[{spec}]",
    "r": "range(5)[{spec}]",
    "d": "l = [0, 1, 2, 3, 4]; del l[{spec}]; l",
    "a": "l = [0, 1, 2, 3, 4]; l[{spec}] = 'vwxyz'[:len(range(5)[{spec}])]; l",
    "e": "[][{spec}]",
    "c": "'é'[{spec}]",
}


def combo_lines():
    lines = []
    for lower, upper, step in itertools.product(BOUNDS, BOUNDS, STEPS):
        spec = ":".join("" if v is None else str(v) for v in (lower, upper, step))
        for op, template in OPERATIONS.items():
            if op == "a" and step is None:
                continue
            if op in "ec" and None not in (lower, upper, step):
                continue
            bounds = ", ".join("kNone" if v is None else str(v) for v in (lower, upper, step))
            lines.append("    {'%s', %s, %s}," % (op, bounds, c_literal(outcome(template.format(spec=spec)))))
    return lines


def main():
    combos = combo_lines()
    write_inc("slice_cases.inc", "gen_slice_cases.py", [
        ("const PythonCase kSliceCases[]", case_lines(CASES)),
        ("const SliceCombo kSliceCombos[]", combos),
    ])
    sys.stderr.write("%d cases, %d combinations\n" % (len(CASES), len(combos)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Compares yieldc's AST dump with CPython's for every .py file under the
given folders.

    compare_ast.py DRIVER PATH... [--jobs N] [--quiet]

DRIVER is a program that takes one file and prints `dump_ast` of it (exit 0)
or yieldc's rendered diagnostics on stderr (exit 1), such as the
`yieldc_dump_ast` test binary. For each file:
  * if python3 parses it, the driver's stdout must equal
    ast.dump(ast.parse(source)) exactly;
  * if python3 raises SyntaxError, the driver must fail and its first
    diagnostic must have CPython's message, line and column;
  * if ast.parse accepts it but the driver reports an error, compile() must
    report that same error (a compile-time check done while parsing).
Files whose first line is `# compare_ast: skip` are skipped (for example a
file using a construct yieldc rejects on purpose, such as `match`).
Prints one line per mismatch and ends with `N passed, M failed`; the exit
status is 1 when anything failed.
"""
import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import sys

DIAG_RE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.*)$")


def python_result(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        return ("error", e.msg, e.lineno, e.offset)
    except ValueError as e:  # e.g. null bytes
        return ("error", str(e), None, None)
    return ("ok", ast.dump(tree))


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def check(driver, path):
    with open(path, "rb") as f:
        head = f.readline()
    if head.strip() == b"# compare_ast: skip":
        return ("skip", path, "")
    expected = python_result(path)
    try:
        run = subprocess.run([driver, path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return ("fail", path, "driver timed out")
    out = run.stdout.decode("utf-8", "replace").rstrip("\n")
    err = run.stderr.decode("utf-8", "replace")
    if run.returncode not in (0, 1):
        return ("fail", path, f"driver crashed (status {run.returncode}): {err.strip()[:300]}")
    if expected[0] == "ok":
        if run.returncode != 0:
            # yieldc may report some of CPython's compile-time errors (not
            # seen by ast.parse) while parsing: compile() must agree.
            compiled = compile_result(path)
            if compiled is None:
                return ("fail", path, "CPython compiles it, yieldc reports:\n" + err.rstrip())
            return compare_diagnostic(path, err, *compiled)
        if out != expected[1]:
            i = first_difference(out, expected[1])
            lo = max(0, i - 80)
            return ("fail", path,
                    f"dump differs at character {i}:\n  yieldc:  ...{out[lo:i + 120]}\n"
                    f"  CPython: ...{expected[1][lo:i + 120]}")
        return ("pass", path, "")
    _, msg, line, col = expected
    if run.returncode == 0:
        return ("fail", path, f"CPython reports {msg!r} at {line}:{col}, yieldc accepts it")
    return compare_diagnostic(path, err, msg, line, col)


def compile_result(path):
    """CPython's compile-time SyntaxError for a file ast.parse accepts."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        return (e.msg, e.lineno, e.offset)
    return None


def compare_diagnostic(path, err, msg, line, col):
    first = next((DIAG_RE.match(l) for l in err.splitlines() if DIAG_RE.match(l)), None)
    if first is None:
        return ("fail", path, "no diagnostic in yieldc's output:\n" + err)
    got = (first["msg"], int(first["line"]), int(first["col"]))
    if line is not None and got != (msg, line, col):
        return ("fail", path, f"diagnostic differs:\n  yieldc:  {got}\n  CPython: {(msg, line, col)}")
    return ("pass", path, "")


def python_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, _, files in os.walk(path):
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.join(root, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("driver")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--quiet", action="store_true", help="only print failures and the summary")
    args = parser.parse_args()

    files = sorted(set(python_files(args.paths)))
    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for status, path, detail in pool.map(lambda p: check(args.driver, p), files):
            if status == "pass":
                passed += 1
                if not args.quiet:
                    print(f"ok    {path}")
            elif status == "skip":
                skipped += 1
            else:
                failed += 1
                print(f"FAIL  {path}: {detail}")
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Golden tests for yieldc's diagnostics.

Each case is tests/golden/diag/NAME.py; NAME.diag holds the exact output of
`yieldc check NAME.py` run from that folder (stderr, then `exit N` when the
status is not 1). `--update` rewrites the .diag files with yieldc; without it
the script compares, prints a unified diff per mismatch and exits 1.

It also checks:
  * determinism: every case is checked twice and must print the same bytes;
  * CPython: a case whose first line is `# cpython-error` must be rejected by
    python3's compile() with the message, line and column of yieldc's first
    diagnostic; every other case must have no error CPython reports first
    elsewhere (CPython may accept it: yieldc rejects more);
  * coverage: every DiagKind declared in frontend/diagnostic_kinds.def has at
    least one .diag case (found by matching messages against the formats).
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEF_FILE = os.path.join(ROOT, "frontend", "diagnostic_kinds.def")
MARKER = "# cpython-error"
# Kinds no valid input can produce: reporting one is a yieldc bug, which the
# fuzzer (tests/fuzz) looks for instead.
UNREACHABLE_KINDS = {"Internal"}
HEADER = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?:error|warning|note): (?P<msg>.*)$")


def run_check(yieldc, folder, name):
    proc = subprocess.run([yieldc, "check", name], cwd=folder, capture_output=True, timeout=60)
    out = proc.stderr.decode("utf-8", "replace") + proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 1:
        out += f"exit {proc.returncode}\n"
    return out


def cpython_error(path):
    """(msg, line, col) of CPython's compile error for `path`, or None."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, os.path.basename(path), "exec", dont_inherit=True)
    except SyntaxError as e:
        return (e.msg, e.lineno, e.offset)
    return None


def load_kinds():
    """[(kind, regex)] from the .def, most specific format first."""
    kinds = []
    with open(DEF_FILE, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'^DIAG\((\w+),\s*\w+,\s*"(.*)"\)\s*$', line)
            if not m:
                continue
            fmt = m.group(2).replace('\\"', '"')
            literal = len(fmt.replace("{}", ""))
            pattern = "^" + ".+".join(re.escape(p) for p in fmt.split("{}")) + "$"
            kinds.append((literal, m.group(1), re.compile(pattern)))
    kinds.sort(key=lambda k: -k[0])
    return [(name, regex) for _, name, regex in kinds]


def kinds_in(output, kinds):
    found = set()
    for line in output.splitlines():
        m = HEADER.match(line)
        if not m:
            continue
        for name, regex in kinds:
            if regex.match(m.group("msg")):
                found.add(name)
                break
    return found


def all_diagnostics(output):
    found = []
    for line in output.splitlines():
        m = HEADER.match(line)
        if m:
            found.append((m.group("msg"), int(m.group("line")), int(m.group("col"))))
    return found


def first_diagnostic(output):
    found = all_diagnostics(output)
    return found[0] if found else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--yieldc", default=os.environ.get("YIELDC", "yieldc"))
    parser.add_argument("--update", action="store_true", help="rewrite the .diag files")
    parser.add_argument("folder", nargs="?", default=os.path.join(HERE, "diag"))
    args = parser.parse_args()
    yieldc = os.path.abspath(args.yieldc) if os.sep in args.yieldc else args.yieldc
    folder = os.path.abspath(args.folder)

    kinds = load_kinds()
    covered = set()
    failures = []
    names = sorted(n for n in os.listdir(folder) if n.endswith(".py"))
    for name in names:
        stem = name[:-3]
        path = os.path.join(folder, name)
        diag_path = os.path.join(folder, stem + ".diag")
        output = run_check(yieldc, folder, name)
        if run_check(yieldc, folder, name) != output:
            failures.append(f"{name}: two runs printed different output")
        covered |= kinds_in(output, kinds)

        with open(path, encoding="utf-8", errors="replace") as f:
            marked = f.readline().rstrip("\n") == MARKER
        expected_cpython = cpython_error(path)
        if marked:
            ours = first_diagnostic(output)
            if expected_cpython is None:
                failures.append(f"{name}: marked {MARKER!r} but python3 compiles it")
            elif ours != expected_cpython:
                failures.append(f"{name}: python3 says {expected_cpython}, yieldc says {ours}")
        elif expected_cpython is not None and expected_cpython not in all_diagnostics(output):
            failures.append(f"{name}: python3 rejects it {expected_cpython}, which yieldc does not report")

        if args.update:
            with open(diag_path, "w", encoding="utf-8", newline="") as f:
                f.write(output)
            continue
        try:
            with open(diag_path, encoding="utf-8", newline="") as f:
                golden = f.read()
        except FileNotFoundError:
            failures.append(f"{name}: no {stem}.diag (run with --update)")
            continue
        if golden != output:
            diff = difflib.unified_diff(golden.splitlines(True), output.splitlines(True),
                                        f"{stem}.diag", f"yieldc check {name}")
            failures.append(f"{name}: output differs\n" + "".join(diff)
                            + f"  reproduce: cd {folder} && {yieldc} check {name}")

    missing = [k for k, _ in kinds if k not in covered and k not in UNREACHABLE_KINDS]
    for k in sorted(missing):
        failures.append(f"diagnostic kind {k} has no .diag case")

    for failure in failures:
        print(failure)
    print(f"{len(names)} cases, {len(failures)} failures" + (" (updated)" if args.update else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

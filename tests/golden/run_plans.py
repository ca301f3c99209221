#!/usr/bin/env python3
"""Golden tests for `yieldc check --dump-plan`.

Each case is tests/golden/plan/NAME.py; NAME.plan holds the exact output of
`yieldc check --dump-plan NAME.py` and NAME.dot that of `--dump-plan=dot`,
both run from that folder. `--update` rewrites them with yieldc; without it
the script compares, prints a unified diff per mismatch and exits 1.

It also checks that both forms describe the same states (every `state N`
of the text is a node of the graph), that each dump is deterministic, and,
when Graphviz's `dot` is installed, that the graph parses.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plan")


def dump(yieldc, name, form):
    flag = "--dump-plan" if form == "plan" else "--dump-plan=dot"
    proc = subprocess.run([yieldc, "check", flag, name], cwd=HERE, capture_output=True, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"{name}: yieldc check {flag} exited {proc.returncode}: {proc.stderr.decode()}")
    return proc.stdout.decode("utf-8")


def problems_of(name, text, dot):
    problems = []
    # Generator (or coroutine) i's states in the text must be cluster i's nodes in the graph.
    text_states = []
    for line in text.splitlines():
        if line.startswith(("generator ", "coroutine ")):
            text_states.append(set())
        m = re.match(r"^  state (\d+) ", line)
        if m:
            text_states[-1].add(int(m.group(1)))
    dot_states = [set() for _ in text_states]
    for g, s in re.findall(r"^    g(\d+)_s(\d+) \[label=", dot, re.M):
        dot_states[int(g)].add(int(s))
    if text_states != dot_states:
        problems.append(f"{name}: the text and the graph list different states")
    if shutil.which("dot"):
        proc = subprocess.run(["dot", "-Tsvg"], input=dot.encode(), capture_output=True)
        if proc.returncode != 0:
            problems.append(f"{name}: dot rejects the graph: {proc.stderr.decode()}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--yieldc", required=True)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    args.yieldc = os.path.abspath(args.yieldc)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".py"))
    failed = set()
    for name in names:
        outputs = {}
        for form in ("plan", "dot"):
            out = dump(args.yieldc, name, form)
            if dump(args.yieldc, name, form) != out:
                print(f"FAIL {name}: --dump-plan={form} is not deterministic")
                failed.add(name)
            outputs[form] = out
            golden = os.path.join(HERE, name[:-3] + "." + form)
            if args.update:
                with open(golden, "w", encoding="utf-8") as f:
                    f.write(out)
                continue
            expected = open(golden, encoding="utf-8").read() if os.path.exists(golden) else ""
            if out != expected:
                failed.add(name)
                print(f"FAIL {name} ({form})")
                sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                                           "expected", "actual"))
        for problem in problems_of(name, outputs["plan"], outputs["dot"]):
            print("FAIL", problem)
            failed.add(name)
    print(f"{len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

# A tiny `find` / `du`: build a directory tree in a temporary directory,
# walk it with a recursive generator (yield from), filter by name pattern
# and size, total sizes per directory bottom-up, and print a tree view.
import os
import re
import tempfile
from collections import defaultdict

LAYOUT = {
    "src": {"main.py": 1200, "util.py": 800, "gen": {"lexer.py": 2400, "parser.py": 5100}},
    "docs": {"README.md": 300, "guide.md": 4100, "img": {"logo.png": 9000}},
    "build": {"out.o": 15000, "tmp": {}},
    "setup.cfg": 150,
    ".hidden": {"secret.txt": 42},
}


def create(base, layout):
    for name, spec in layout.items():
        path = os.path.join(base, name)
        if isinstance(spec, dict):
            os.mkdir(path)
            create(path, spec)
        else:
            with open(path, "w") as f:
                f.write("x" * spec)


def walk(top, show_hidden=False, depth=0):
    """Yield (depth, path, is_dir) in sorted pre-order."""
    for name in sorted(os.listdir(top)):
        if name.startswith(".") and not show_hidden:
            continue
        path = os.path.join(top, name)
        is_dir = os.path.isdir(path)
        yield depth, path, is_dir
        if is_dir:
            yield from walk(path, show_hidden, depth + 1)


def files(entries):
    for depth, path, is_dir in entries:
        if not is_dir:
            yield path, os.path.getsize(path)


def matching(pattern, entries):
    rx = re.compile(pattern)
    for path, size in entries:
        if rx.search(os.path.basename(path)):
            yield path, size


def du(top, entries):
    totals = defaultdict(int)
    for path, size in entries:
        d = os.path.dirname(path)
        while True:
            totals[d] += size
            if d == top:
                break
            d = os.path.dirname(d)
    return totals


def human(n):
    for unit in ("B", "K", "M"):
        if n < 1024:
            return f"{n}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}G"


with tempfile.TemporaryDirectory() as top:
    create(top, LAYOUT)

    print("tree:")
    for depth, path, is_dir in walk(top):
        name = os.path.basename(path) + ("/" if is_dir else "")
        size = "" if is_dir else f" ({human(os.path.getsize(path))})"
        print("  " + "    " * depth + "|-- " + name + size)

    everything = list(walk(top, show_hidden=True))
    print("entries:", len(everything), "dirs:", sum(d for _, _, d in everything),
          "hidden skipped:", len(everything) - len(list(walk(top))))

    print("python files:", [(p[len(top) + 1:], s) for p, s in matching(r"\.py$", files(walk(top)))])
    big = [p[len(top) + 1:] for p, s in files(walk(top)) if s > 4000]
    print("bigger than 4000 bytes:", big)
    print("first markdown file:", next(p for p, _ in matching(r"\.md$", files(walk(top))))[len(top) + 1:])

    totals = du(top, files(walk(top, show_hidden=True)))
    print("du:")
    for d in sorted(totals, key=lambda d: (-totals[d], d)):
        print(f"  {human(totals[d]):>7}  {d[len(top) + 1:] or '.'}")

    empty_dirs = [p[len(top) + 1:] for _, p, is_dir in walk(top) if is_dir and not os.listdir(p)]
    print("empty dirs:", empty_dirs)

    deepest = max(walk(top), key=lambda e: (e[0], e[1]))
    print("deepest:", deepest[0], deepest[1][len(top) + 1:])

    for path, _ in list(files(walk(top))):
        if path.endswith(".o"):
            os.remove(path)
    print("after clean:", sorted(os.listdir(os.path.join(top, "build"))))

print("removed:", not os.path.exists(top))

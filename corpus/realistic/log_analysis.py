# Log analysis: write a synthetic app.log, then parse it with a lazy
# generator pipeline (read -> parse -> filter) and print a report built with
# re and collections.Counter.
import os
import re
from collections import Counter, defaultdict

LOG = "log_analysis.app.log"

LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARNING", "INFO", "ERROR"]
ENDPOINTS = ["/", "/login", "/api/items", "/api/items/42", "/logout", "/static/app.js"]
USERS = ["alice", "bob", "carol", "dave", "erin"]


def write_log(path, n):
    seed = 12345
    with open(path, "w") as f:
        for i in range(n):
            seed = (seed * 1103515245 + 12345) % (2 ** 31)
            level = LEVELS[seed % len(LEVELS)]
            endpoint = ENDPOINTS[(seed >> 8) % len(ENDPOINTS)]
            user = USERS[(seed >> 16) % len(USERS)]
            ms = 5 + (seed >> 4) % 400
            status = 200 if level in ("INFO", "DEBUG") else (404 if level == "WARNING" else 500)
            hh, mm, ss = 9 + i // 120, (i // 2) % 60, (i * 7) % 60
            f.write(f"2024-03-01 {hh:02d}:{mm:02d}:{ss:02d} [{level}] "
                    f"user={user} path={endpoint} status={status} time={ms}ms\n")
            if i % 97 == 13:
                f.write("   \n")
                f.write("garbage line without structure\n")


LINE_RE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) "
    r"\[(?P<level>[A-Z]+)\] user=(?P<user>\w+) path=(?P<path>\S+) "
    r"status=(?P<status>\d{3}) time=(?P<ms>\d+)ms"
)


def read_lines(path):
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            yield lineno, line.rstrip("\n")


def non_blank(lines):
    for lineno, line in lines:
        if line.strip():
            yield lineno, line


def parse(lines, rejects):
    for lineno, line in lines:
        m = LINE_RE.match(line)
        if m is None:
            rejects.append(lineno)
            continue
        rec = m.groupdict()
        rec["status"] = int(rec["status"])
        rec["ms"] = int(rec["ms"])
        rec["hour"] = int(rec["time"][:2])
        yield rec


def where(records, **conds):
    for rec in records:
        if all(rec[k] == v for k, v in conds.items()):
            yield rec


write_log(LOG, 360)
print("log size:", os.path.getsize(LOG), "bytes")

rejects = []
records = list(parse(non_blank(read_lines(LOG)), rejects))
print("records:", len(records), "rejected lines:", rejects)

levels = Counter(r["level"] for r in records)
print("by level:")
for level, n in levels.most_common():
    print(f"  {level:<8}{n:>5}  {'#' * (n // 10)}")

paths = Counter(r["path"] for r in records)
print("top paths:", paths.most_common(3))

errors_by_user = Counter(r["user"] for r in where(iter(records), level="ERROR"))
print("errors by user:", sorted(errors_by_user.items()))

slow = defaultdict(list)
for r in records:
    if r["ms"] > 350:
        slow[r["path"]].append(r["ms"])
print("slow requests (>350ms):")
for path in sorted(slow):
    times = slow[path]
    print(f"  {path:<16} n={len(times):<3} worst={max(times)}ms avg={sum(times) / len(times):.1f}ms")

per_hour = defaultdict(Counter)
for r in records:
    per_hour[r["hour"]][r["status"]] += 1
print("status per hour:")
for hour in sorted(per_hour):
    c = per_hour[hour]
    print(f"  {hour:02d}h " + " ".join(f"{s}:{c[s]}" for s in (200, 404, 500)))

first_error = next(where(iter(records), status=500), None)
print("first 500:", first_error["time"], first_error["user"], first_error["path"])

alice_hits = sum(1 for _ in where(iter(records), user="alice", path="/login"))
print("alice /login hits:", alice_hits)

lookups = re.findall(r"user=(\w+) path=/api/items/(\d+)", open(LOG).read())
print("item lookups:", len(lookups), "distinct users:", sorted({u for u, _ in lookups}))

os.remove(LOG)
print("cleaned up:", not os.path.exists(LOG))

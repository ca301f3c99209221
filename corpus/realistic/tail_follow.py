# "Generator Tricks for Systems Programmers": follow a growing access log
# like `tail -f`, grep it, parse fields, and broadcast to several consumer
# coroutines. Instead of sleeping, the follower yields None when there is no
# new data, and the driver appends more lines in between (a simulated clock).
import os
import re

PATH = "tail_follow.access.log"

HOSTS = ["10.0.0.1", "10.0.0.2", "192.168.1.7", "172.16.0.9"]
PAGES = ["/index.html", "/about.html", "/img/logo.png", "/missing.html", "/api/v1/data"]


def log_lines(start, n):
    for i in range(start, start + n):
        host = HOSTS[(i * 7) % 4]
        page = PAGES[(i * 3 + i // 5) % 5]
        status = 404 if page == "/missing.html" else 200
        size = 0 if status == 404 else 100 + (i * 97) % 4000
        yield f'{host} - - [01/Mar/2024:10:{i // 60:02d}:{i % 60:02d}] "GET {page} HTTP/1.1" {status} {size}\n'


def follow(f):
    f.seek(0, 2)
    while True:
        line = f.readline()
        if not line:
            yield None
            continue
        yield line


def grep(pattern, lines):
    pat = re.compile(pattern)
    for line in lines:
        if line is None or pat.search(line):
            yield line


LOGPAT = re.compile(r'(\S+) \S+ \S+ \[(.*?)\] "(\S+) (\S+) (\S+)" (\d+) (\d+)')
FIELDS = ("host", "when", "method", "path", "proto", "status", "bytes")


def parse(lines):
    for line in lines:
        if line is None:
            yield None
            continue
        m = LOGPAT.match(line)
        if m:
            rec = dict(zip(FIELDS, m.groups()))
            rec["status"] = int(rec["status"])
            rec["bytes"] = int(rec["bytes"])
            yield rec


def coroutine(func):
    def start(*args):
        cr = func(*args)
        next(cr)
        return cr
    return start


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def byte_counter(totals):
    while True:
        rec = yield
        totals[rec["host"]] = totals.get(rec["host"], 0) + rec["bytes"]


@coroutine
def error_printer():
    while True:
        rec = yield
        if rec["status"] >= 400:
            print(f"  404 from {rec['host']} at {rec['when'][-8:]} for {rec['path']}")


with open(PATH, "w") as f:
    f.writelines(log_lines(0, 20))        # history that `tail -f` skips

totals = {}
sink = broadcast([byte_counter(totals), error_printer()])
with open(PATH, "a") as writer, open(PATH) as reader:
    records = parse(grep(r'" (200|404) ', follow(reader)))
    produced = 20
    idle = 0
    seen = 0
    for tick in range(12):
        batch = (tick * 5) % 7
        writer.writelines(log_lines(produced, batch))
        writer.flush()
        produced += batch
        print(f"tick {tick:>2}: wrote {batch} lines")
        while (rec := next(records)) is not None:
            seen += 1
            sink.send(rec)
        idle += 1
    records.close()

print("records seen:", seen, "of", produced - 20, "new lines; idle polls:", idle)
for host in sorted(totals):
    print(f"  {host:<12} {totals[host]:>7} bytes")

with open(PATH) as f:
    everything = list(parse(f))
print("whole file:", len(everything), "records,", sum(r["status"] == 404 for r in everything), "not found")
largest = max(everything, key=lambda r: r["bytes"])
print("largest response:", largest["path"], largest["bytes"], largest["when"])
os.remove(PATH)

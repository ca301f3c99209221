# A JSON-lines processor: events are written one JSON object per line
# (with a few corrupt lines), then read back lazily, validated, enriched,
# batched and re-emitted as summary documents.
import json
import os
import tempfile
from collections import Counter, defaultdict
from itertools import groupby, islice

KINDS = ["click", "view", "purchase", "signup"]


def make_events(n):
    x = 2024
    for i in range(n):
        x = (x * 75 + 74) % 65537
        ev = {"id": i, "user": f"u{x % 7}", "kind": KINDS[x % 4], "ts": 1700000000 + i * 37}
        if ev["kind"] == "purchase":
            ev["amount"] = round((x % 5000) / 100, 2)
            ev["items"] = [f"sku-{(x >> k) % 10}" for k in range(x % 3 + 1)]
        if x % 11 == 0:
            ev["meta"] = {"ref": "ad", "campaign": x % 3, "ok": True, "note": None}
        yield ev


def read_jsonl(path, errors):
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                errors.append((lineno, e.msg, e.colno))


def validate(events, rejected):
    required = {"id", "user", "kind", "ts"}
    for ev in events:
        missing = required - ev.keys()
        if missing or ev["kind"] not in KINDS:
            rejected.append((ev.get("id"), sorted(missing)))
        else:
            yield ev


def enrich(events):
    seen = set()
    for ev in events:
        ev["first_for_user"] = ev["user"] not in seen
        seen.add(ev["user"])
        ev["hour"] = (ev["ts"] - 1700000000) // 3600
        yield ev


def batches(events, size):
    it = iter(events)
    while batch := list(islice(it, size)):
        yield batch


fd, path = tempfile.mkstemp(suffix=".jsonl")
os.close(fd)
with open(path, "w") as f:
    for ev in make_events(200):
        f.write(json.dumps(ev) + "\n")
        if ev["id"] in (17, 111):
            f.write('{"id": 999, "user": "broken", "kind": \n')
        if ev["id"] == 50:
            f.write('{"id": 1000, "kind": "view"}\n\n')
        if ev["id"] == 60:
            f.write('{"id": 1001, "user": "u1", "kind": "teleport", "ts": 0}\n')

print("file lines:", sum(1 for _ in open(path)))
with open(path) as f:
    print("line 1:", f.readline().rstrip())

errors, rejected = [], []
events = list(enrich(validate(read_jsonl(path, errors), rejected)))
print("valid events:", len(events))
print("decode errors:", errors)
print("rejected:", rejected)

kinds = Counter(ev["kind"] for ev in events)
print("kinds:", json.dumps(dict(sorted(kinds.items())), sort_keys=True))

revenue = defaultdict(float)
items = Counter()
for ev in events:
    if ev["kind"] == "purchase":
        revenue[ev["user"]] += ev["amount"]
        items.update(ev["items"])
print("revenue per user:", json.dumps({u: round(r, 2) for u, r in sorted(revenue.items())}))
print("top skus:", items.most_common(3))

with_meta = [ev for ev in events if "meta" in ev]
print("with meta:", len(with_meta), "example:", json.dumps(with_meta[0]["meta"], separators=(",", ":")))

summaries = []
for n, batch in enumerate(batches(events, 64)):
    summaries.append({
        "batch": n,
        "size": len(batch),
        "ids": [batch[0]["id"], batch[-1]["id"]],
        "new_users": sorted(ev["user"] for ev in batch if ev["first_for_user"]),
        "purchases": sum(ev["kind"] == "purchase" for ev in batch),
    })
print(json.dumps(summaries, indent=2))

per_hour = {h: len(list(g)) for h, g in groupby(events, key=lambda ev: ev["hour"])}
print("events per hour:", per_hour)

roundtrip = [json.loads(json.dumps(ev)) for ev in events]
print("round trip equal:", roundtrip == events)
print(json.dumps({"total": len(events), "users": len({ev['user'] for ev in events}),
                  "ratio": kinds["purchase"] / len(events)}, indent=None))
os.remove(path)

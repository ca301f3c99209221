# CSV statistics: write a small sales CSV, read it back with a generator
# (no csv module: split by hand, handling a quoted field), then compute
# per-column statistics and grouped summaries.
import math
import os
import tempfile
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

REGIONS = ["north", "south", "east", "west"]
PRODUCTS = ["widget", "gadget", "doohickey"]


def make_rows(n):
    x = 7
    for i in range(n):
        x = (x * 48271) % 2147483647
        region = REGIONS[x % 4]
        product = PRODUCTS[(x // 4) % 3]
        units = 1 + (x // 12) % 40
        price = round(2.5 + ((x // 480) % 1000) / 40, 2)
        note = '"big, repeat customer"' if units > 35 else ""
        yield [str(i + 1), region, product, str(units), f"{price:.2f}", note]


def split_csv_line(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields


def read_csv(path):
    with open(path) as f:
        header = split_csv_line(next(f).rstrip("\n"))
        for line in f:
            yield dict(zip(header, split_csv_line(line.rstrip("\n"))))


def typed(rows):
    for row in rows:
        row["id"] = int(row["id"])
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        row["revenue"] = row["units"] * row["price"]
        yield row


def column_stats(values):
    n = 0
    total = 0.0
    sq = 0.0
    lo = math.inf
    hi = -math.inf
    for v in values:
        n += 1
        total += v
        sq += v * v
        lo = min(lo, v)
        hi = max(hi, v)
    mean = total / n
    var = (sq - n * mean * mean) / (n - 1)
    return n, mean, lo, hi, math.sqrt(var)


fd, path = tempfile.mkstemp(suffix=".csv")
os.close(fd)
with open(path, "w") as f:
    f.write("id,region,product,units,price,note\n")
    for row in make_rows(240):
        f.write(",".join(row) + "\n")

rows = list(typed(read_csv(path)))
print(f"read {len(rows)} rows; first: {rows[0]}")
print(f"rows with notes: {sum(1 for r in rows if r['note'])}")

print(f"{'column':<8}{'n':>5}{'mean':>10}{'min':>9}{'max':>9}{'stddev':>9}")
for col in ("units", "price", "revenue"):
    n, mean, lo, hi, sd = column_stats(r[col] for r in rows)
    print(f"{col:<8}{n:>5}{mean:>10.3f}{lo:>9.2f}{hi:>9.2f}{sd:>9.3f}")

by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r["revenue"])
print("revenue by region:")
for region, revs in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    print(f"  {region:<6} total={sum(revs):>10.2f} orders={len(revs):>3} "
          f"median={sorted(revs)[len(revs) // 2]:.2f}")

print("units by product (groupby):")
ordered = sorted(rows, key=itemgetter("product"))
for product, group in groupby(ordered, key=itemgetter("product")):
    units = [r["units"] for r in group]
    print(f"  {product:<10} {sum(units):>5} units in {len(units)} orders, "
          f"fsum check {math.fsum(units) == sum(units)}")

pivot = defaultdict(lambda: defaultdict(int))
for r in rows:
    pivot[r["region"]][r["product"]] += r["units"]
print(f"{'':<7}" + "".join(f"{p:>11}" for p in PRODUCTS))
for region in REGIONS:
    print(f"{region:<7}" + "".join(f"{pivot[region][p]:>11}" for p in PRODUCTS))

top = sorted(rows, key=lambda r: (-r["revenue"], r["id"]))[:3]
for r in top:
    print(f"top order #{r['id']}: {r['units']} x {r['product']} @ {r['price']} = {r['revenue']:,.2f}")

os.remove(path)
print("temp file removed:", not os.path.exists(path))

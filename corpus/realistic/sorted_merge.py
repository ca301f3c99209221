# External merge sort: split a big unsorted stream into sorted runs on
# disk, then k-way merge the run files lazily with heapq.merge (and with a
# hand-written heap merge), dedupe and join with another sorted stream.
import heapq
import os
import tempfile
from itertools import groupby, islice


def numbers(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 214013 + 2531011) % 2 ** 31
        yield (x >> 8) % 10000


def write_runs(stream, run_size, directory):
    paths = []
    it = iter(stream)
    while run := sorted(islice(it, run_size)):
        path = os.path.join(directory, f"run{len(paths):02d}.txt")
        with open(path, "w") as f:
            f.writelines(f"{v}\n" for v in run)
        paths.append(path)
    return paths


def read_run(path):
    with open(path) as f:
        for line in f:
            yield int(line)


def my_merge(*iterables, key=None):
    key = key or (lambda v: v)
    heap = []
    for idx, it in enumerate(map(iter, iterables)):
        for first in it:
            heap.append((key(first), idx, first, it))
            break
    heapq.heapify(heap)
    while heap:
        k, idx, value, it = heap[0]
        yield value
        for nxt in it:
            heapq.heapreplace(heap, (key(nxt), idx, nxt, it))
            break
        else:
            heapq.heappop(heap)


def unique(sorted_stream):
    for value, _ in groupby(sorted_stream):
        yield value


def merge_join(left, right):
    """Inner join of two sorted (key, value) streams."""
    left, right = iter(left), iter(right)
    a = next(left, None)
    b = next(right, None)
    while a is not None and b is not None:
        if a[0] < b[0]:
            a = next(left, None)
        elif a[0] > b[0]:
            b = next(right, None)
        else:
            yield a[0], a[1], b[1]
            a = next(left, None)


with tempfile.TemporaryDirectory() as tmp:
    paths = write_runs(numbers(2500, 99), 400, tmp)
    print("runs:", len(paths), [os.path.getsize(p) for p in paths])

    merged = list(heapq.merge(*(read_run(p) for p in paths)))
    print("merged:", len(merged), "sorted:", merged == sorted(numbers(2500, 99)))
    print("head:", merged[:8], "tail:", merged[-4:])

    mine = list(my_merge(*(read_run(p) for p in paths)))
    print("hand-written merge agrees:", mine == merged)

    desc = list(islice(heapq.merge(*(sorted(read_run(p), reverse=True) for p in paths), reverse=True), 5))
    print("largest five:", desc, heapq.nlargest(5, merged) == desc)

    by_last_digit = list(islice(my_merge(*(sorted(read_run(p), key=lambda v: (v % 10, v)) for p in paths),
                                         key=lambda v: (v % 10, v)), 6))
    print("merged by last digit:", by_last_digit)

    uniq = list(unique(heapq.merge(*(read_run(p) for p in paths))))
    print("distinct values:", len(uniq), "duplicates:", len(merged) - len(uniq))

    dup_counts = [(v, sum(1 for _ in g)) for v, g in groupby(merged)]
    print("most repeated:", sorted(dup_counts, key=lambda vc: (-vc[1], vc[0]))[:3])

    out = os.path.join(tmp, "sorted.txt")
    with open(out, "w") as f:
        for v in unique(my_merge(*(read_run(p) for p in paths))):
            f.write(f"{v}\n")
    print("output lines:", sum(1 for _ in open(out)), "files:", sorted(os.listdir(tmp))[-3:])

names = [(k, f"name{k}") for k in range(0, 10000, 7)]
prices = ((v, v * 3 % 101) for v in unique(merged))
joined = list(merge_join(names, prices))
print("join rows:", len(joined), joined[:4])
print("tmp removed:", not os.path.exists(tmp))
print("merge of empty inputs:", list(heapq.merge([], [], [])), list(my_merge([], [])))
print("merge with one input:", list(my_merge(iter([3, 1, 2]))))

# Run-length encoding as a pipeline of generators: encode a stream into
# (symbol, count) runs, serialise the runs to text and to bytes, decode
# them back lazily, and compare with an itertools.groupby implementation.
# The same machinery compresses a small bitmap image.
import os
from itertools import groupby, chain, repeat, islice


def runs(stream):
    it = iter(stream)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for sym in it:
        if sym == current:
            count += 1
        else:
            yield current, count
            current, count = sym, 1
    yield current, count


def runs_groupby(stream):
    return ((k, sum(1 for _ in g)) for k, g in groupby(stream))


def to_text(pairs):
    for sym, n in pairs:
        yield f"{n}{sym}" if n > 1 else sym


def parse_text(text):
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        else:
            yield ch, int(digits or "1")
            digits = ""


def expand(pairs):
    for sym, n in pairs:
        yield from repeat(sym, n)


def to_bytes(pairs, max_run=255):
    for sym, n in pairs:
        while n > 0:
            chunk = min(n, max_run)
            yield bytes([chunk, sym])
            n -= chunk


def from_bytes(data):
    for i in range(0, len(data), 2):
        yield data[i + 1], data[i]


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aabcccccaaa"]
for s in samples:
    encoded = "".join(to_text(runs(s)))
    decoded = "".join(expand(parse_text(encoded)))
    same = list(runs(s)) == list(runs_groupby(s))
    print(f"{s[:20]!r:<24} -> {encoded!r:<26} ok={decoded == s} groupby={same} "
          f"ratio={len(encoded) / len(s) if s else 0:.2f}")

print("lazy decode of a huge run:", list(islice(expand([("x", 10**12), ("y", 1)]), 5)))
print("runs over numbers:", list(runs([1, 1, 2, 2, 2, 3, 1, 1])))

# A 1-bit image drawn with a formula, row by row.
W, H = 48, 16


def pixels():
    for y in range(H):
        for x in range(W):
            dx, dy = (x - 24) / 2, y - 8
            yield 1 if dx * dx + dy * dy < 40 or (y == 8 and x % 3 == 0) else 0


raw = bytes(pixels())
packed = b"".join(to_bytes(runs(raw)))
print(f"image: {len(raw)} pixels -> {len(packed)} bytes")
restored = bytes(expand(from_bytes(packed)))
print("restored equal:", restored == raw)
for y in range(0, H, 2):
    print("".join("#" if p else "." for p in restored[y * W:(y + 1) * W]))

long_run = b"".join(to_bytes([(7, 600), (9, 3)]))
print("600-run split into:", list(from_bytes(long_run)))

path = "rle_pipeline.bin"
with open(path, "wb") as f:
    for chunk in to_bytes(runs(raw)):
        f.write(chunk)
with open(path, "rb") as f:
    data = f.read()
print("file size:", os.path.getsize(path), "same as packed:", data == packed)
os.remove(path)

rows_rle = [list(to_text(runs(".#"[p] for p in raw[y * W:(y + 1) * W]))) for y in range(H)]
print("row 8 as text:", "".join(rows_rle[8]))
print("widest row (runs):", max(range(H), key=lambda y: len(rows_rle[y])))
print("total runs:", sum(map(len, rows_rle)), "chained:", len(list(chain.from_iterable(rows_rle))))

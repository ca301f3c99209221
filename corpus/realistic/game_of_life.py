# Conway's Game of Life as an infinite generator of generations on a
# sparse set of live cells, with neighbour counting via Counter, pattern
# detection (still life / oscillator / spaceship) and bounded rendering.
from collections import Counter
from itertools import islice, count

PATTERNS = {
    "blinker": [(1, 0), (1, 1), (1, 2)],
    "block": [(0, 0), (0, 1), (1, 0), (1, 1)],
    "glider": [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)],
    "toad": [(1, 1), (1, 2), (1, 3), (2, 0), (2, 1), (2, 2)],
    "r-pentomino": [(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)],
}


def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc


def step(live):
    counts = Counter(n for cell in live for n in neighbours(cell))
    return frozenset(cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live))


def generations(live):
    live = frozenset(live)
    while True:
        yield live
        live = step(live)


def normalise(live):
    if not live:
        return frozenset(), (0, 0)
    r0 = min(r for r, _ in live)
    c0 = min(c for _, c in live)
    return frozenset((r - r0, c - c0) for r, c in live), (r0, c0)


def classify(cells, limit=60):
    seen = {}
    for gen, live in enumerate(islice(generations(cells), limit)):
        shape, origin = normalise(live)
        if not live:
            return f"dies at generation {gen}"
        if shape in seen:
            first, first_origin = seen[shape]
            period = gen - first
            dr, dc = origin[0] - first_origin[0], origin[1] - first_origin[1]
            if (dr, dc) == (0, 0):
                return "still life" if period == 1 else f"oscillator, period {period}"
            return f"spaceship, period {period}, moves ({dr}, {dc})"
        seen[shape] = (gen, origin)
    return f"no repeat within {limit} generations"


def render(live, rows, cols, r0=0, c0=0):
    for r in range(r0, r0 + rows):
        yield "".join("O" if (r, c) in live else "." for c in range(c0, c0 + cols))


for name, cells in PATTERNS.items():
    print(f"{name:<12} {classify(cells)}")

print("glider, generations 0-4:")
frames = [list(render(g, 5, 5)) for g in islice(generations(PATTERNS["glider"]), 5)]
for row in zip(*frames):
    print("  " + "   ".join(row))

populations = [len(g) for g in islice(generations(PATTERNS["r-pentomino"]), 100)]
print("r-pentomino populations:", populations[:12], "...")
print("peak in first 100:", max(populations), "at generation", populations.index(max(populations)))

big = next(g for n, g in zip(count(), generations(PATTERNS["r-pentomino"])) if n == 50)
shape, origin = normalise(big)
height = max(r for r, _ in shape) + 1
width = max(c for _, c in shape) + 1
print(f"generation 50: {len(big)} cells in a {height}x{width} box at {origin}")
for line in render(shape, min(height, 12), min(width, 40)):
    print("  " + line)

gun_like = PATTERNS["blinker"] + [(r + 10, c + 10) for r, c in PATTERNS["block"]]
g = generations(gun_like)
states = [next(g) for _ in range(3)]
print("blinker+block, period 2:", states[0] == states[2], states[0] != states[1], len(states[1]))
print("sorted cells gen 1:", sorted(states[1]))

# Backtracking solvers written as generators: N-queens (every solution,
# lazily), a sudoku solver with constraint propagation that yields each
# solution, and a subset-sum search that can be stopped early.
from itertools import islice


def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))


def draw(solution):
    n = len(solution)
    return "\n".join(" ".join("Q" if c == col else "." for c in range(n)) for col in solution)


def canonical(sol):
    n = len(sol)
    boards = []
    cur = sol
    for _ in range(4):
        cur = tuple(n - 1 - cur.index(r) for r in range(n))  # rotate 90 degrees
        boards.append(cur)
        boards.append(tuple(reversed(cur)))
    return min(boards)


for n in range(1, 9):
    sols = list(queens(n))
    distinct = {canonical(s) for s in sols}
    print(f"{n}-queens: {len(sols):>3} solutions, {len(distinct):>2} distinct")
print(draw(next(queens(8))))
print("10-queens, first three:", list(islice(queens(10), 3)))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.split() if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def empty_cells(grid):
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                yield r, c


def solve(grid, stats):
    cells = list(empty_cells(grid))
    if not cells:
        yield [row[:] for row in grid]
        return
    # Most-constrained cell first.
    r, c = min(cells, key=lambda rc: (len(candidates(grid, *rc)), rc))
    for d in candidates(grid, r, c):
        stats["tries"] += 1
        grid[r][c] = d
        yield from solve(grid, stats)
        grid[r][c] = 0
    stats["backtracks"] += 1


def show(grid):
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))


grid = parse(PUZZLE)
print("givens:", sum(1 for row in grid for v in row if v), "empty:", sum(1 for _ in empty_cells(grid)))
stats = {"tries": 0, "backtracks": 0}
solutions = solve(grid, stats)
first = next(solutions)
show(first)
print("more solutions:", sum(1 for _ in solutions), stats)
print("rows ok:", all(sorted(row) == list(range(1, 10)) for row in first))
print("cols ok:", all(sorted(col) == list(range(1, 10)) for col in zip(*first)))

# An under-constrained puzzle has many solutions; take just a few.
grid2 = parse(PUZZLE)
for r in range(3):
    grid2[r] = [0] * 9
stats2 = {"tries": 0, "backtracks": 0}
gen = solve(grid2, stats2)
few = list(islice(gen, 4))
gen.close()
print("loose puzzle, top rows of 4 solutions:", ["".join(map(str, s[0] + s[1] + s[2])) for s in few])
print("distinct:", len({tuple(map(tuple, s)) for s in few}))


def subset_sums(items, target, chosen=()):
    if target == 0:
        yield chosen
        return
    if not items or target < 0:
        return
    head, *tail = items
    yield from subset_sums(tail, target - head, chosen + (head,))
    yield from subset_sums(tail, target, chosen)


weights = [31, 27, 24, 19, 15, 12, 9, 6, 4, 2]
print("ways to make 50:", sum(1 for _ in subset_sums(weights, 50)))
print("fewest items for 50:", min(subset_sums(weights, 50), key=len))
print("first 3 for 61:", list(islice(subset_sums(weights, 61), 3)))

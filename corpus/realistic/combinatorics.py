# Hand-written combinatoric generators (recursive with yield from, and the
# iterative index-juggling versions from the itertools docs), compared
# against itertools, then used to solve a couple of small puzzles.
import itertools
import math


def perms_recursive(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in perms_recursive(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest


def perms_iterative(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combos(items, r, start=0):
    if r == 0:
        yield ()
        return
    for i in range(start, len(items) - r + 1):
        for tail in combos(items, r - 1, i + 1):
            yield (items[i],) + tail


def combos_with_replacement(items, r, start=0):
    if r == 0:
        yield ()
        return
    for i in range(start, len(items)):
        for tail in combos_with_replacement(items, r - 1, i):
            yield (items[i],) + tail


def product(*pools):
    if not pools:
        yield ()
        return
    for head in pools[0]:
        for tail in product(*pools[1:]):
            yield (head,) + tail


def powerset(items):
    for r in range(len(items) + 1):
        yield from combos(items, r)


letters = "abcd"
for r in (None, 2, 0, 5):
    mine = list(perms_recursive(letters, r))
    theirs = list(itertools.permutations(letters, r))
    print(f"permutations r={r}: {len(mine)} same={mine == theirs} "
          f"iterative same={list(perms_iterative(letters, r)) == theirs}")

for r in range(6):
    a = list(combos(letters, r))
    b = list(itertools.combinations(letters, r))
    c = list(combos_with_replacement(letters, r))
    d = list(itertools.combinations_with_replacement(letters, r))
    print(f"r={r}: C={len(a)} ({a == b}, math.comb={math.comb(4, r)}) CR={len(c)} ({c == d})")

print("product:", list(product("xy", (1, 2), "!")) == list(itertools.product("xy", (1, 2), "!")))
print("powerset of abc:", ["".join(s) for s in powerset("abc")])

# SEND + MORE = MONEY, searching over permutations lazily.
def solve_cryptarithm():
    letters = "MOSENDRY"
    for digits in perms_iterative(range(10), len(letters)):
        v = dict(zip(letters, digits))
        if v["S"] == 0 or v["M"] == 0:
            continue
        word = lambda w: int("".join(str(v[c]) for c in w))
        if word("SEND") + word("MORE") == word("MONEY"):
            yield word("SEND"), word("MORE"), word("MONEY")

print("SEND+MORE=MONEY:", next(solve_cryptarithm()))

# Subsets of coins summing to a target, via the powerset generator.
coins = [1, 2, 5, 10, 20, 50]
hits = [s for s in powerset(coins) if sum(s) == 37]
print("subsets summing to 37:", hits)

# Derangements: permutations with no fixed point, counted against !n.
def derangements(n):
    return (p for p in perms_recursive(range(n)) if all(p[i] != i for i in range(n)))

subfactorials = [1, 0]
for n in range(2, 8):
    subfactorials.append((n - 1) * (subfactorials[-1] + subfactorials[-2]))
for n in range(1, 7):
    print(f"!{n} = {sum(1 for _ in derangements(n))} (expected {subfactorials[n]})")

gen = perms_iterative("abc")
print(next(gen), next(gen))
gen.close()
print("after close:", list(gen))

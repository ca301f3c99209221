from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "bear"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), len(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.get("q"), "q" in counts)
print(sorted(counts.items()))
print(defaultdict(None), defaultdict(int, {1: 2}, a=1))
print(counts.default_factory, isinstance(counts, dict))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]))
try:
    defaultdict(None)["missing"]
except KeyError as exc:
    print("KeyError", exc)
try:
    defaultdict(1)
except TypeError as exc:
    print("TypeError", exc)
copied = nested["a"].copy()
copied["z"] += 1
print(copied, type(copied).__name__, copied.default_factory is int, nested["a"])

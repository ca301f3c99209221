# An unhashable key discovered while building a dict in a loop.
def group(rows):
    groups = {}
    for row in rows:
        key = row[0]
        groups.setdefault(key, []).append(row[1])
    return groups

print(group([("a", 1), ("b", 2), ("a", 3)]))
print(group([(("x", 1), 1), (["y", 2], 2)]))

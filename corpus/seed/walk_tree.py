# Tutorial: a recursive walk of a tree of dicts with yield from.
def walk(node):
    # node: {"value": x, "children": [...]}
    yield node["value"]
    for c in node.get("children", []):
        yield from walk(c)

tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4}, {"value": 5, "children": []}]},
    {"value": 3, "children": [{"value": 6, "children": [{"value": 7}]}]},
]}
print(list(walk(tree)))
print(sum(walk(tree)), max(walk(tree)))
leaf = {"value": "only"}
print(list(walk(leaf)))
g = walk(tree)
print(next(g), next(g), next(g))
print(g.gi_yieldfrom is not None)
g.close()
print(list(g))

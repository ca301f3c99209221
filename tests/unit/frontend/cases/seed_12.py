def walk(node):
    # node: {"value": x, "children": [...]}
    yield node["value"]
    for c in node.get("children", []):
        yield from walk(c)

# yield from, closures, nested generators and a generator expression.
def inner():
    received = yield "ready"
    return received

def outer(items):
    result = yield from inner()
    scale = len(items)
    def scaled():
        for item in items:
            yield item * scale
    yield from scaled()
    yield sum(x for x in items if x)
    return result

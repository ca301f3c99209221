# Yields inside try/except/else/finally and with: one region per try.
def guarded(path):
    try:
        yield "opened"
        try:
            yield "inner"
        except KeyError as e:
            yield f"handled {e}"
        else:
            yield "no error"
    finally:
        yield "closing"

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def managed():
    with Resource() as r:
        yield r
    yield "after"

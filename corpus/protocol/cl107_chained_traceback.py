# Checklist 107: cause and context separators in a traceback.
def gen():
    yield 1
    raise StopIteration("inner")
try:
    for x in gen():
        pass
except RuntimeError:
    raise ValueError("while handling")

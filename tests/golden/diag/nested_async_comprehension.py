# cpython-error
def f(b, d):
    return [[x async for x in b] for c in d]

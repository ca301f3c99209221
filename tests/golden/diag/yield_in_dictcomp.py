# cpython-error
def f(y):
    return {x: (yield x) for x in y}

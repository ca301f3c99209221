def f(y):
    return [(lambda: (yield x)) for x in y]

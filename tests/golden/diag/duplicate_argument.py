# cpython-error
def f(a, *, b, **b):
    pass

# cpython-error
g = lambda x, x: 1

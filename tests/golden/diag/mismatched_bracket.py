# cpython-error
x = (1, 2]

# cpython-error
x = 1)

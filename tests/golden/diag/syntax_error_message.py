# cpython-error
f(**x, *y)

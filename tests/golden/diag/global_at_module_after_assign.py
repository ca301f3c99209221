# cpython-error
x = 1
global x

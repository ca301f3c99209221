# cpython-error
x = (1,
y = 2

# cpython-error
x = 1
total = yield 5

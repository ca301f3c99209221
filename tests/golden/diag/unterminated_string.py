# cpython-error
x = "abc

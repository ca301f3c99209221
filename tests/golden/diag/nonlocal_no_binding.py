# cpython-error
x = 1
def f():
    nonlocal x

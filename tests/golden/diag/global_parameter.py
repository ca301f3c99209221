# cpython-error
def f(x):
    global x

# cpython-error
def f():
    print(x)
    global x

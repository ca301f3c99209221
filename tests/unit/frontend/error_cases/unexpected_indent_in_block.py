def f():
    x
        y

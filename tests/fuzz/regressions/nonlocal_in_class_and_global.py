def f():
    class C:
        nonlocal x
    global y
    nonlocal y

def f(a, a, *a, **a):
    global a
    nonlocal a
    del a

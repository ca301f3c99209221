# cpython-error
def f():
return 1

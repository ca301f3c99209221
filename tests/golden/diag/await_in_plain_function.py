# cpython-error
def f():
    await x

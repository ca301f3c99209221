# Every error in the file is reported, sorted by position.
def f():
    await g()

break
x = eval("2")

def h(a, a):
    return [(yield) for _ in a]

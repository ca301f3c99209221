print("never printed")
def f():
    return [(yield x) for x in "ab"]

# SyntaxError: yield inside a generator expression.
def f():
    return list((yield x) for x in "ab")

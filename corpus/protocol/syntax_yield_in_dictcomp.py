# SyntaxError: yield inside a dict comprehension.
def f():
    return {x: (yield x) for x in "ab"}

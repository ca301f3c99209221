# SyntaxError: yield inside a set comprehension.
def f():
    return {(yield x) for x in "ab"}

# SyntaxError: assigning to a yield expression.
def g():
    yield = 3

# SyntaxError: a bare yield as a call argument needs parentheses.
def g():
    f(yield)

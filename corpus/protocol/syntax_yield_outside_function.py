# SyntaxError: yield outside a function.
print("never")
yield 1

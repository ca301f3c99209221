# SEMANTICS checklist 100: an async comprehension in a plain def is a
# SyntaxError "asynchronous comprehension outside of an asynchronous
# function"; nothing runs.
print("never printed")
def f():
    [i async for i in g]

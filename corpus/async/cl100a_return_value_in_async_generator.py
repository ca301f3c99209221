# SEMANTICS checklist 100: `return value` in an async generator is a
# SyntaxError "'return' with value in async generator"; nothing runs.
print("never printed")
async def f():
    yield 1
    return 2

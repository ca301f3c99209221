# SEMANTICS checklist 100: `yield from` in an async def is a SyntaxError
# "'yield from' inside async function"; nothing runs.
print("never printed")
async def f():
    yield from g

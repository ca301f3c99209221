# SEMANTICS checklist 100: `await` in a plain def is a SyntaxError
# "'await' outside async function"; nothing runs.
print("never printed")
def f():
    await g

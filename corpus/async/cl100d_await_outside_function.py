# SEMANTICS checklist 100: `await` at module level is a SyntaxError
# "'await' outside function"; nothing runs.
print("never printed")
await g

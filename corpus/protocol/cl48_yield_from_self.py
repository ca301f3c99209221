# Checklist 48: yield from on itself.
def gen():
    yield 1
    yield from g
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

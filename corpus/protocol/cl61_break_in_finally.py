# Checklist 61: break in finally swallows GeneratorExit; a later yield is an error.
def gen():
    while True:
        try:
            yield 1
        finally:
            break
    print("after loop")
    yield 2
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e))
def gen2():
    while True:
        try:
            yield 1
        finally:
            break
    print("after loop, returning")
h = gen2()
next(h)
print(h.close())

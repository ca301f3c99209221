# Checklist 25: return under GeneratorExit; close() returns None in 3.11.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        return "value"
g = gen()
next(g)
print(g.close())

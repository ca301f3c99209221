# Checklist 35: GeneratorExit ignored during finalisation.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
    yield 2
g = stubborn()
next(g)
del g
print("program continues")

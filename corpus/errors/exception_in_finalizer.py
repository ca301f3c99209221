# An exception raised while a generator is finalised is reported, not raised.
def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("finally failed")

g = stubborn()
print(next(g))
del g
print("still running")

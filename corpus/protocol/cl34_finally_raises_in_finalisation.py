# Checklist 34: a finally raising during finalisation is reported, exit 0.
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = bad()
next(g)
g = None
print("program continues")

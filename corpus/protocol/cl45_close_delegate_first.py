# Checklist 45: close() closes the delegate first, then GeneratorExit in the delegator.
class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
    def close(self):
        print("Closable.close called")
def inner():
    try:
        yield "i"
    finally:
        print("inner finally")
def outer(sub):
    try:
        yield from sub
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")
for sub in (inner(), Closable()):
    g = outer(sub)
    next(g)
    print(g.close())

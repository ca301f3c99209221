# Checklist 46: a delegate without close is skipped; close() raising KeyError.
class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
class BadClose(NoClose):
    def close(self):
        raise KeyError("from close")
def outer(sub):
    try:
        yield from sub
    finally:
        print("outer finally")
g = outer(NoClose())
next(g)
print(g.close())
g = outer(BadClose())
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e)

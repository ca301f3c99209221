# close() raises GeneratorExit at the yield: every enclosing finally runs,
# innermost first, and a handler that catches GeneratorExit may return.
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = nested()
next(g)
g.close()
print("closed")

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return "ignored value"
    finally:
        print("finally after handler")

g = swallow()
next(g)
print(g.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

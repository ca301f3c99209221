# Checklist 55: the caller's handled exception is visible in the generator.
import sys
def gen():
    print("generator sees:", repr(sys.exc_info()[1]))
    try:
        raise KeyError("new")
    except KeyError as e:
        print("context:", repr(e.__context__))
    yield 1
try:
    raise ValueError("caller")
except ValueError:
    print(next(gen()))

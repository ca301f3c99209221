# Checklist 54: suspended in except: the caller's exc_info is unchanged; bare raise works on resume.
import sys
def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "in except"
        print("resumed, exc_info:", repr(sys.exc_info()[1]))
        raise
g = gen()
print(next(g))
print("caller sees:", sys.exc_info())
try:
    next(g)
except ValueError as e:
    print("re-raised", repr(e))
print("after:", sys.exc_info())

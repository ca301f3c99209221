# A global generator still suspended when the program dies of an uncaught
# error is finalised at shutdown: its finally still sees the module's
# globals, and the error it raises there is reported as ignored.
import sys

LIMIT = 3

def worker():
    try:
        yield "started"
    finally:
        print("worker finally, limit", LIMIT, sys.getrecursionlimit() > 0)
        raise RuntimeError("shutdown failed")

w = worker()
print(next(w))
raise ValueError("main failed")

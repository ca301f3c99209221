# Checklist 1: gen() runs no body code.
import inspect
def gen():
    print("body started")
    yield 1
g = gen()
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
print(g.gi_frame is not None)
print("before next")
print(next(g))
print(inspect.getgeneratorstate(g))

# SEMANTICS.md §1 (Generator states and transitions), example 1.
import inspect
def gen():
    x = yield 1
    print("got", x)
g = gen(); st = inspect.getgeneratorstate
print(st(g), g.gi_running, g.gi_suspended)
print(next(g), st(g), g.gi_suspended)
try: g.send("hi")
except StopIteration as e: print("StopIteration", e.args, st(g), g.gi_frame)

# Checklist 13: StopAsyncIteration from a plain generator propagates unchanged.
def gen():
    yield 1
    raise StopAsyncIteration("sai")
g = gen()
next(g)
try:
    next(g)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
except RuntimeError as e:
    print("wrong", e)

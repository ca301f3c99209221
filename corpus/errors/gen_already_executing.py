# A generator that tries to advance itself while running.
def selfish():
    yield 1
    yield next(me)

me = selfish()
print(next(me))
print(me.gi_running)
next(me)

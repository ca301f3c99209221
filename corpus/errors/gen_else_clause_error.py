# An error in the `else` of a try inside a generator, after a yield.
def stages():
    try:
        value = yield "ready"
    except TypeError:
        yield "type error"
    else:
        yield "got " + value
    yield "end"

s = stages()
print(next(s))
print(s.send("ok"))
print(next(s))
s = stages()
next(s)
s.send(5)

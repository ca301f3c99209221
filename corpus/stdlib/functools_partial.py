# functools.partial: argument and keyword merging, flattening of nested
# partials, .func/.args/.keywords, reprs, __dict__, errors, and partials
# used as callbacks over generators.
import functools
from functools import partial


def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = partial(power, exp=2)
print(square(7), square(7, exp=3), square(3, mod=5))
print(square.args, square.keywords, square.func is power)

log = partial(print, "log:", sep=" | ")
print(repr(log))
log("a", "b")
log("c", sep=", ", end="!\n")

# A partial of a partial is flattened into one of the inner function.
louder = partial(log, "LOUD", end=" <<\n")
print(repr(louder))
print(louder.func is print, louder.args, louder.keywords)
louder("x")

# ... unless the inner one has attributes of its own.
tagged = partial(print, 1)
tagged.note = "kept"
outer = partial(tagged, 2)
print(outer.func is tagged, outer.args, tagged.__dict__)
outer(3)

# keywords is a dict the calls read every time.
greet = partial(print, "hi")
greet.keywords["end"] = "?\n"
greet("there")


def gen_values(n):
    for i in range(n):
        yield i * 10


def collect(*args, **kwargs):
    return (args, sorted(kwargs.items()))


tupled = partial(collect, "first", flag=True)
print(list(map(tupled, gen_values(3))))
print([tupled(v, extra=v) for v in gen_values(2)])
print(list(map(partial(int, base=2), (s for s in ["101", "11", "1000"]))))


# A partial over a generator function makes generators.
def countdown(start, step):
    while start > 0:
        yield start
        start -= step


by_three = partial(countdown, step=3)
print(list(by_three(10)), list(by_three(start=5)))
print(isinstance(by_three, partial), type(by_three).__name__, callable(by_three))

# Errors.
for attempt in (lambda: partial(), lambda: partial(42), lambda: square(),
                lambda: square(1, 2, 3)):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
try:
    square.func = print
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del square.args
except AttributeError as e:
    print(type(e).__name__, e)
try:
    square.missing
except AttributeError as e:
    print(type(e).__name__, "missing")

# Recursive repr.
p = partial(print)
p.keywords["self"] = p
print(repr(p))
print(functools.partial.__name__, partial(print).__doc__.splitlines()[0])

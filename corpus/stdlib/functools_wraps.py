# functools.wraps and update_wrapper on decorators: __name__, __qualname__,
# __doc__, __module__ and __dict__ copied, __wrapped__ set, custom
# assigned/updated, decorators with arguments, decorated generator
# functions, and function attributes that decorators keep.
import functools
from functools import wraps, update_wrapper


def traced(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("  ->", result)
        return result
    return wrapper


@traced
def add(a, b=10):
    """Add two numbers."""
    return a + b


add(1)
add(2, b=3)
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(5, 5))
print(repr(add).startswith("<function add at "))


def unwrapped(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@unwrapped
def plain():
    "plain docstring"


print(plain.__name__, plain.__qualname__, plain.__doc__, hasattr(plain, "__wrapped__"))


# A decorator factory; the function's own attributes are copied into the
# wrapper's __dict__.
def repeat(times):
    def decorate(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        wrapper.times = times
        return wrapper
    return decorate


def shout(word):
    return word.upper()


shout.volume = "loud"
shout_thrice = repeat(3)(shout)
print(shout_thrice("hey"), shout_thrice.volume, shout_thrice.times)
print(sorted(shout_thrice.__dict__))


# Decorating generator functions: the wrapper is itself a generator
# function that delegates.
def logged_generator(func):
    @wraps(func)
    def wrapper(*args):
        print("start", func.__name__)
        result = yield from func(*args)
        print("stop", func.__name__, "returned", result)
        return result
    return wrapper


@logged_generator
def countdown(n):
    """Count down from n."""
    while n:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(3)), countdown.__doc__)
gen = countdown(2)
print(next(gen), gen.send(None))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)


# Stacked decorators: __wrapped__ chains back to the original.
@traced
@repeat(2)
def pair(x):
    "Duplicate."
    return x


pair(7)
print(pair.__name__, pair.__doc__, pair.__wrapped__.__wrapped__ is not None)
inner = pair
while hasattr(inner, "__wrapped__"):
    inner = inner.__wrapped__
print(inner.__name__, inner(9))


# update_wrapper directly, with custom assigned/updated.
def target():
    "target doc"


target.flag = 1


def shell():
    pass


shell.flag = 0
shell.other = 2
result = update_wrapper(shell, target, assigned=("__doc__",), updated=())
print(result is shell, shell.__name__, shell.__doc__, shell.flag, shell.__wrapped__ is target)
update_wrapper(shell, target)
print(shell.__name__, shell.__qualname__, shell.flag, shell.other)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# Wrapping something without some attributes (a builtin has no __dict__).
def around_len(obj):
    return len(obj)


update_wrapper(around_len, len)
print(around_len.__name__, around_len.__qualname__, around_len.__module__, around_len([1, 2]))

# A wrapper that cannot take attributes.
try:
    update_wrapper(print, add)
except AttributeError as e:
    print(type(e).__name__)

# The function attribute rules wraps relies on.
def f():
    pass


for value in (3, None):
    try:
        f.__name__ = value
    except TypeError as e:
        print(type(e).__name__, e)
f.__doc__ = "set later"
f.__qualname__ = "Outer.f"
print(f.__doc__, f.__qualname__, f.__name__)
try:
    f()
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
del f.__doc__
print(f.__doc__, f.__dict__)
try:
    f.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
f.__dict__ = {"a": 1}
print(f.a, f.__dict__)
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__, e)
print(wraps.__name__, update_wrapper.__module__, wraps.__doc__.splitlines()[0])

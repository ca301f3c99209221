# `*x` of a non-iterable in displays and calls: CPython's messages.
def show(f):
    try: print(f())
    except TypeError as e: print("TypeError:", e)
show(lambda: [*5])
show(lambda: (*5,))
show(lambda: {*5})
def f(*a): return a
show(lambda: f(1, *None))
show(lambda: [1, *"ab", *range(2)])

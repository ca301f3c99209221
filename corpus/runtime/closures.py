# Closures: nonlocal counters, late binding, defaults capturing a value.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter(10)
print(c(), c(5), c())
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def before_assignment():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    value = 1
    return read()

print(before_assignment())

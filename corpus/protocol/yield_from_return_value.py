# yield from delegates next/send and evaluates to the delegate's return
# value (PEP 380).
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    return x, y

def outer():
    r = yield from inner()
    print("outer result", r)
    return "end"

g = outer()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value)

def flatten(nested):
    for sub in nested:
        yield from sub

print(list(flatten([[1, 2], [3], (4, 5), range(6, 8), "ab"])))

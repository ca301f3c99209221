# An error raised by a value sent through a `yield from` chain.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def wrapper():
    result = yield from accumulate()
    print("result", result)

w = wrapper()
print(next(w))
print(w.send(5))
print(w.send(7))
w.send("eight")

# The StopIteration that ends a generator carries its return value.
def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count
        total += x
        count += 1

a = averager()
next(a)
for v in [10, 20, 30]:
    a.send(v)
print("sending None")
a.send(None)

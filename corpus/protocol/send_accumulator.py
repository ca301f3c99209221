# send() delivers a value at the yield; return ends the generator with
# StopIteration, and next() on a finished generator raises it again.
def accumulator():
    total = 0
    while True:
        val = yield total
        if val is None:
            return total
        total += val

gen = accumulator()
print(next(gen))
print(gen.send(10))
print(gen.send(5))

# The tutorial's accumulator: send() and StopIteration.value.
def accumulator():
    total = 0
    while True:
        val = yield total  # receives value from .send()
        if val is None:
            return total    # StopIteration.value holds this
        total += val

gen = accumulator()
print(next(gen))         # prime -> yields 0
print(gen.send(10))      # -> 10
print(gen.send(5))       # -> 15
try:
    gen.send(None)
except StopIteration as e:
    print(e.value)  # 15

# Straight-line yields, a loop, and a send target.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

# The tutorial's delegation with return values (PEP 380).
def sum_until_none():
    total = 0
    while True:
        v = yield
        if v is None:
            return total    # becomes StopIteration.value

def grouped_sum(groups):
    for group in groups:
        acc = sum_until_none()
        next(acc)                  # prime
        for x in group:
            acc.send(x)
        total = yield from acc     # collect return
        yield total

print(list(grouped_sum([[1,2,3], [10]])))   # [6, 10]

# An int too large for a float, converted implicitly by a float operation.
def mean(values):
    total = 0
    for v in values:
        total += v
    return total / 2.0

print(mean([1, 2, 3]))
print(mean([2 ** 1023, 2 ** 1023]))
print(mean([10 ** 400, 1]))

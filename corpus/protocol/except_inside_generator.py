# A generator whose body catches exceptions between its yields.
def guarded_ratios(n):
    total = 0
    for i in range(n):
        try:
            total += 10 // (i - 2)
        except ZeroDivisionError:
            total += 1000
        yield total

print(list(guarded_ratios(5)))

# Comprehensions and generator expressions are frames of their own.
def halve(x):
    if x == 0:
        raise ZeroDivisionError("cannot halve zero here")
    return x / 2

print([halve(x) for x in [4, 2]])
print(sum(halve(x) for x in [6, 8]))
print({x: halve(x) for x in [2, 0]})

# Generator expressions: the first iterable is evaluated at once, the rest
# lazily; names from the enclosing scope are read when the item is made.
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
n = 3
scaled = (i * n for i in range(4))
n = 10
print(list(scaled))
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

def evens(limit):
    return (v for v in range(limit) if v % 2 == 0)

print(list(evens(9)))

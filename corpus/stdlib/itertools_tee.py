from itertools import tee

a, b = tee(range(5))
print(next(a), next(a), next(b))
print(list(a), list(b))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
first, second = tee(iter(range(200)))
total = sum(first)
print(total, sum(second))

def numbers():
    yield 1
    yield 2

p, q = tee(numbers())
print(list(zip(p, q)))
try:
    tee([1], -1)
except ValueError as exc:
    print("ValueError", exc)

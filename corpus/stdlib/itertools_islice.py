from itertools import islice, count

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(count(), 5, 20, 4)))
print(list(islice([], 3)), list(islice("ab", 10)))

it = iter(range(10))
print(list(islice(it, 3)), next(it))

def gen():
    for i in range(100):
        yield i * i

s = islice(gen(), 2, 8, 3)
print(list(s), list(s))
for args in [(-1,), (0, -1), (0, 1, 0), ("a",), (1, 2, -1)]:
    try:
        islice([1], *args)
    except ValueError as exc:
        print("ValueError", exc)
try:
    islice([1])
except TypeError as exc:
    print("TypeError", exc)


from itertools import accumulate, chain

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)))
print(list(chain("ab", [1, 2], (3,))))
print(list(chain()), list(chain([], [])))
print(list(chain.from_iterable(["xy", "z"])))
print(list(chain.from_iterable([range(2), range(3)])))
try:
    list(chain(1))
except TypeError as exc:
    print("TypeError", exc)

from collections import deque

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as exc:
    print("RuntimeError", exc)
print(d)
it = iter(d)
print(next(it))
d.popleft()
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError", exc)
nested = deque()
nested.append(nested)
print(nested)
try:
    hash(d)
except TypeError as exc:
    print("TypeError", exc)

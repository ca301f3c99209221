# Containers changed while they are iterated.
from collections import deque

def attempt(label, f):
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, "->", e)

def grow_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)

def grow_deque():
    d = deque([1, 2])
    for x in d:
        d.append(x)

attempt("set", grow_set)
attempt("deque", grow_deque)

inventory = {"apple": 0, "pear": 3}
for name, count in inventory.items():
    if count == 0:
        del inventory[name]

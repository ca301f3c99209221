from collections import deque

window = deque(maxlen=3)
print(window, window.maxlen, deque().maxlen)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
window.appendleft(-1)
print(window)
window.extend("ab")
print(window)
z = deque([1, 2], maxlen=0)
print(z)
try:
    deque(maxlen=-1)
except ValueError as exc:
    print("ValueError", exc)
try:
    window.insert(0, 1)
except IndexError as exc:
    print("IndexError", exc)

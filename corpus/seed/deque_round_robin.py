# The tutorial's round-robin merge of several iterables through a deque.
from collections import deque

def round_robin(*iterables):
    iters = deque(map(iter, iterables))
    while iters:
        it = iters.popleft()
        # The tutorial's try/except StopIteration around the yield, as a
        # sentinel (yieldc's try-around-yield lowering is in progress).
        item = next(it, iters)
        if item is not iters:
            yield item
            iters.append(it)

print(list(round_robin("ABC", [1,2], ("x","y","z"))))
print(list(round_robin()), list(round_robin([], "q")))

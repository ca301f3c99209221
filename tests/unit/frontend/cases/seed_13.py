from collections import deque

def round_robin(*iterables):
    iters = deque(map(iter, iterables))
    while iters:
        it = iters.popleft()
        try:
            yield next(it)
            iters.append(it)
        except StopIteration:
            pass

list(round_robin("ABC", [1,2], ("x","y","z")))  # ['A',1,'x','B',2,'y','C','z']

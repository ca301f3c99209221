# Checklist 104: islice pulls exactly what it needs.
import itertools
def nums(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i
print(list(itertools.islice(nums("I", 10), 2)))
print(list(itertools.islice(itertools.count(), 2, 8, 2)))
it = nums("J", 10)
print(list(itertools.islice(it, 1, 3)), next(it))
print(list(itertools.islice(nums("K", 3), 0)))

# Checklist 101: next(g, default), finally at exhaustion, iter(callable, sentinel).
def nums(tag, n):
    try:
        for i in range(n):
            print(f"  {tag} yields {i}")
            yield i
    finally:
        print(f"  {tag} finally")
g = nums("g", 2)
print(next(g, "d"), next(g, "d"), next(g, "d"), next(g, "d"))
print(list(iter([3, 2, 1, 0, 5].pop, 1)))
counter = iter(nums("s", 5).__next__, 3)
print(list(counter))

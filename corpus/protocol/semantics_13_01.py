# SEMANTICS.md §13 (Builtins that consume generators), example 1.
import inspect
def nums(tag, n):
    try:
        for i in range(n): print(f"  {tag} yields {i}"); yield i
    finally: print(f"  {tag} finally")
g = nums("g", 2)
print(next(g, "d"), next(g, "d"), next(g, "d"), next(g, "d"))
print(list(iter([3, 2, 1, 0, 5].pop, 1)))
a = nums("a", 5)
print(any(x > 0 for x in a), inspect.getgeneratorstate(a))
print(all(x < 1 for x in nums("tmp", 5)))
print(3 in nums("in", 10))

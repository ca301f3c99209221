# SEMANTICS.md §13 (Builtins that consume generators), example 2.
import itertools
def nums(tag, n):
    for i in range(n): print(f"  {tag} yields {i}"); yield i
left, right = nums("L", 5), nums("R", 1)
print(list(zip(left, right)), "| left resumes at", next(left))
print(list(zip(nums("R2", 1), nums("L2", 5))))
print(list(itertools.islice(nums("I", 10), 2)), list(itertools.islice(itertools.count(), 2, 8, 2)))
for x in nums("F", 2): pass
else: print("for-else: else ran after exhaustion")
for x in nums("B", 2): break
else: print("not printed")

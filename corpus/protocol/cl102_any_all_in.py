# Checklist 102: any leaves the generator suspended; all/in temporaries are finalised at once.
import inspect
def nums(tag, n):
    try:
        for i in range(n):
            print(f"  {tag} yields {i}")
            yield i
    finally:
        print(f"  {tag} finally")
a = nums("a", 5)
print(any(x > 0 for x in a), inspect.getgeneratorstate(a))
print(all(x < 1 for x in nums("tmp", 5)))
print(3 in nums("in", 10))
print(7 in nums("miss", 2))
print(sum(nums("sum", 3)), max(nums("max", 2)))
del a
print("end")

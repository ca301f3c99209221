# Checklist 103: zip pulls left to right and loses the item of an unfinished round.
def nums(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i
left, right = nums("L", 5), nums("R", 1)
print(list(zip(left, right)), "| left resumes at", next(left))
print(list(zip(nums("R2", 1), nums("L2", 5))))
print(list(zip(nums("A", 2), nums("B", 2), nums("C", 3))))

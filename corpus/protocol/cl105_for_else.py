# Checklist 105: for-else runs after exhaustion, not after break.
def nums(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i
for x in nums("F", 2):
    pass
else:
    print("for-else: else ran after exhaustion")
for x in nums("B", 2):
    break
else:
    print("not printed")
def search(target):
    for x in nums("S", 3):
        if x == target:
            yield "found"
            break
    else:
        yield "missing"
print(list(search(1)), list(search(9)))

# An explicit `raise StopIteration` inside a generator, two frames deep.
def helper(n):
    if n == 3:
        raise StopIteration("done early")
    return n * n

def squares():
    for n in range(5):
        yield helper(n)

for s in squares():
    print(s)

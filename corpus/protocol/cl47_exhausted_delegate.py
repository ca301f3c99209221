# Checklist 47: an exhausted or closed delegate yields nothing; result None.
def inner():
    yield 1
    return "r"
def outer(sub):
    r = yield from sub
    print("result", r)
    yield "after"
done = inner()
list(done)
print(list(outer(done)))
closed = inner()
closed.close()
print(list(outer(closed)))
print(list(outer(iter([]))))

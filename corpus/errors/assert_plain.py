# A bare assert, and one whose message is not a string.
def check(x):
    assert isinstance(x, int), ("expected int", type(x).__name__)
    return x

def positive(x):
    assert x > 0
    return x

try:
    check("s")
except AssertionError as e:
    print("caught", e.args)
print(positive(check(3)))
positive(-1)

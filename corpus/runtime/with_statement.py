# with: __enter__'s value bound to the target, __exit__ called on every way
# out, and an exception suppressed when __exit__ returns true.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as value:
    print("body", value)

with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)

def early_return():
    with Resource("r"):
        return "returned"

print(early_return())

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)

with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

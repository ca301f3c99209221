pass
global a, b
nonlocal_ = 1
assert x
assert x, "message"
x; y; z
print("hello", end="")
...
None
True
False

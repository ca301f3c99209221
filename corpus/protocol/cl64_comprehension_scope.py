# Checklist 64: comprehension variables do not leak.
x = "outer"
print([x for x in range(2)], x)
print({x for x in "ab"} == {"a", "b"}, x)
print({x: 1 for x in range(2)}, x)
print(list(x for x in range(3)), x)
def f():
    y = "local"
    squares = [y * 2 for y in range(3)]
    return squares, y
print(f())
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) if i for j in range(i)])

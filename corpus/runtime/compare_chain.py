# Comparisons: chains evaluate the middle operand once, ints and floats
# compare exactly, and `and`/`or` return an operand.
def noisy(v):
    print("eval", v)
    return v

print(1 < noisy(2) < 3, 3 < noisy(2) < 5, noisy(1) == 1.0)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(0 or "default", 5 and 6, [] or [1], None and 1)
print([1, 2] < [1, 3], (1, 2) == (1, 2), "abc" < "abd", [1, 2] == [1, 2.0])
x = 7
if 0 < x < 10 and not x == 3:
    print("in range")
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", 5 in range(0, 10, 5), 6 in range(0, 10, 5))

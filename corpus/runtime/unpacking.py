# Tuple/list unpacking, starred targets, in-place list addition, and the
# ValueErrors of a wrong count.
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *middle, last = "hello"
print(first, middle, last)
xs = [1, 2]
ys = xs
xs += (3, 4)
print(ys, xs is ys)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for bad in ([1], [1, 2, 3]):
    try:
        p, q = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)

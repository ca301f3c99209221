# The int64 fast paths of &, |, ^, <<, >> and ** at their edges, where the
# result must move to (or come from) a big integer exactly as in CPython.
big = 2 ** 63
edges = [0, 1, -1, 2, -2, 7, -7, big - 1, -big, big, -big - 1, True, False]
for a in edges:
    print(a, [a & b for b in edges])
    print(a, [a | b for b in edges])
    print(a, [a ^ b for b in edges])
for a in (1, -1, 3, -3, big - 1, -big, True):
    print(a, [a << s for s in (0, 1, 2, 30, 61, 62, 63, 64, 100)])
    print(a, [a >> s for s in (0, 1, 2, 30, 62, 63, 64, 1000)])
for base in (0, 1, -1, 2, -2, 3, -3, 10, 2 ** 31, -(2 ** 31), True):
    print(base, [base ** e for e in (0, 1, 2, 3, 31, 32, 39, 40, 62, 63, 64)])
print(2 ** -1, (-2) ** -2, 0 ** 0)
for bad in ((1, -1), (-5, -3)):
    try:
        print(bad[0] << bad[1])
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(bad[0] >> bad[1])
    except ValueError as e:
        print("ValueError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

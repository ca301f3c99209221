# Float repr is CPython's shortest round-trip form.
values = [0.1, 0.2 + 0.1, 1e16, 1e15, 1e-05, 0.0001, 5.0, 16 / 3, -0.0, 1.5e300, 2.5e-300, 123456789.125]
print(values)
for v in values:
    print(v, v * 3, v // 1, v % 1)
print(1e308 * 10, -1e308 * 10)

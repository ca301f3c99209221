# Python ints never wrap: products past 2**63 promote to big integers.
def powers(base, count):
    value = 1
    for _ in range(count):
        yield value
        value = value * base

last = 0
for p in powers(3, 45):
    last = p
print(last)
print(last * last - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(2 ** 100, 2 ** -2, (-7) // 2, (-7) % 2, 7 // -2, 7 % -2)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print(1 / 3, 10 ** 30 / 7, 7 / 2, 6 / 3)

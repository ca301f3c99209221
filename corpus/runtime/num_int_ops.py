# int arithmetic: big ints past 2**64, // and % with negatives, ** negative exponent, divmod, abs
a = 2 ** 64
b = a * a + 12345
print(a, b, a - 1, -a, a + 1)
print(b // 7, b % 7, -b // 7, -b % 7, b // -7, b % -7)
for x in [7, -7, 0, 1, -1, 13, -13]:
    for y in [3, -3, 1, -1, 5]:
        print(x, y, x + y, x - y, x * y, x // y, x % y, divmod(x, y), x / y)
print(2 ** 100, (-2) ** 101, 3 ** 40, 10 ** 20)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(divmod(b, -12345678901), divmod(-b, 12345678901))
print(abs(-a), abs(a), abs(-5), abs(0))
print(a * -1 // 3, (a * a) // (a + 1), (a * a) % (a + 1))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(-9223372036854775808 // -1, -9223372036854775808 * -1)
print(3037000500 * 3037000500, 4611686018427387904 * 2)
print(abs(-9223372036854775808), -(-9223372036854775808))
print(round(1234567, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 0), round(123, 2))
print(round(a + 5, -1), round(-123456789, -3))
print((2 ** 70) // (2 ** 35), (2 ** 70) % 1000007, -(2 ** 70) % 1000007)
c = 1
for i in range(1, 30):
    c *= i
print(c, c // (2 ** 64), c % (2 ** 64))
print(True + True, True * 10, False - 1, -True)

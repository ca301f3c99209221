# int bitwise ops: << >> & | ^ ~ on negatives and big ints, bit_length, hex/oct/bin
for x in [0, 1, -1, 5, -5, 255, -256, 2 ** 64 + 3, -(2 ** 64) - 3, 2 ** 100]:
    print(x, ~x, x << 3, x >> 2, x & 0xFF, x | 0x10, x ^ -1, x & -(2 ** 70), x.bit_length())
    print(hex(x), oct(x), bin(x))
print(1 << 64, 1 << 100, -1 << 70, (1 << 100) >> 99, -(1 << 100) >> 200, -7 >> 1, 7 >> 100, -7 >> 100)
print(0x7FFFFFFFFFFFFFFF << 1, (2 ** 64 - 1) & (2 ** 63), (2 ** 65) | 1, (2 ** 65) ^ (2 ** 65 + 7))
print(-(2 ** 65) & 0xFFFF, -(2 ** 65) | 5, -(2 ** 65) ^ 5, ~(2 ** 65))
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 64).bit_length())
print(hex(-255), oct(-8), bin(-5), hex(0), bin(0))
print(True & False, True | False, True ^ True, ~True, True << 2)

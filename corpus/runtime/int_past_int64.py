# Ints just past int64: the 128-bit paths of + - * & | ^ and their edges
# (2**63, 2**64, 2**127, mixed signs, bools), against GMP results.
vals = [0, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
        2**100 + 12345, -(2**100) - 7, 2**126, -2**126, 2**127 - 1, -2**127, 2**127, -2**127 - 1,
        2**128 + 1, -2**128, 3**80, -(3**80), True, False, 12345678901234567, -98765432109876543]
acc = 0
for a in vals:
    for b in vals:
        for r in (a + b, a - b, a * b, a & b, a | b, a ^ b):
            acc = (acc * 1000003 + hash(r)) % (2**61 - 1)
            if type(r) is not int and not isinstance(r, int):
                print("type", a, b, r)
print(acc)
print(2**127 - 1 + 1, -2**126 + -2**126, (-2**126) * 2, (2**63) * (2**63), (2**64 - 1) * (2**63 - 1))
print(-2**127 & 2**127 - 1, ~0 ^ 2**100, (2**64 - 1) * 31 + 5 & (1 << 64) - 1)
s = 0
for i in range(100):
    s = (s * 31 + i * 977) & ((1 << 64) - 1)
print(s, hex(s), f"{s:x}", str(-s), repr(2**200))
print(round(123456789012345678901234567890, -5), format(2**100, ','), format(-2**70, 'b'))

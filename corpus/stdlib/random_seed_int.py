# random: seeding with ints (small, 32/64-bit boundaries, big, negative,
# bool), floats (by their hash) and None; reseeding reproduces the sequence;
# random() and getrandbits(k) for every word-size boundary of k.
import random

for seed in (0, 1, 42, -42, 2**32 - 1, 2**32, 2**63, 2**64 + 1, -(2**100), 10**100, 3**200, True, False):
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)], random.getrandbits(40))

# seed(n) and seed(-n) use the same absolute value.
random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(-12345)
b = [random.random() for _ in range(5)]
print(a == b, a)

for seed in (0.5, -1.5, 1e300, 3.0, float("inf"), -0.0):
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(64))

# Reseeding restarts the sequence; other calls in between do not matter.
random.seed(2024)
first = [random.getrandbits(k) for k in range(0, 70)]
random.seed(2024)
second = [random.getrandbits(k) for k in range(0, 70)]
print(first == second)
print(first)

random.seed(7)
for k in (1, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 200, 1000):
    print(k, random.getrandbits(k))

# Many draws: the state regenerates every 624 words.
random.seed(99)
total = 0.0
for i in range(5000):
    total += random.random()
print(round(total, 6), random.random(), random.getrandbits(32))

# A seed of None (and no argument) comes from entropy: two seedings differ.
random.seed()
x = random.getrandbits(128)
random.seed(None)
y = random.getrandbits(128)
print(x != y, 0 <= x < 2**128)
r1 = random.Random()
r2 = random.Random()
print(r1.getrandbits(64) != r2.getrandbits(64))

# Instances are independent of each other and of the module functions.
r = random.Random(42)
random.seed(42)
print(r.random() == random.random(), r.random(), random.random())
r.seed(5)
print(r.random(), random.random())

# random: str, bytes and bytearray seeds (version 2: the sha512 of the
# bytes appended to them; version 1: the old string hash), getstate and
# setstate round trips, and the errors of seed() and setstate().
import random

for seed in ("", "a", "hello", "hello world", "yieldc" * 40, "héllo wörld", "日本語", "\U0001f600"):
    random.seed(seed)
    print(repr(seed[:20]), random.random(), random.getrandbits(48))

for seed in (b"", b"hello", bytearray(b"hello"), bytes(range(256))):
    random.seed(seed)
    print(repr(seed[:10]), random.random(), random.randrange(1000))

# str and its UTF-8 bytes seed the same generator.
random.seed("héllo")
a = random.random()
random.seed("héllo".encode())
print(a == random.random())

for seed in ("", "a", "hello", "héllo", b"hello", b"\xff\xfe"):
    random.seed(seed, version=1)
    print("v1", repr(seed), random.random())
random.seed(12, version=1)
print("v1 int", random.random())

r = random.Random("instance")
print(r.random(), r.randint(1, 6))

# getstate/setstate replay the same numbers, gauss's cached value included.
random.seed("state")
random.gauss()
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], type(state[2]).__name__)
after = [random.random(), random.gauss(), random.gauss(), random.getrandbits(70)]
random.setstate(state)
again = [random.random(), random.gauss(), random.gauss(), random.getrandbits(70)]
print(after == again, after)

other = random.Random()
other.setstate(random.getstate())
print(other.random() == random.random())
print(random.Random(3).getstate() == random.Random(3).getstate())

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

for bad in ([1], (1, 2), {"a": 1}, {1}):
    attempt(random.seed, bad)
attempt(random.seed, 1, 2, 3)
attempt(random.seed, bytearray(b"x"), version=3)
attempt(random.seed, a=5, version=2)
attempt(random.setstate, 5)
attempt(random.setstate, (4, (), None))
attempt(random.setstate, ("x", (), None))
attempt(random.setstate, (3, (1, 2), None))
attempt(random.setstate, (3, [1] * 625, None))
attempt(random.setstate, (3, (1,) * 625))
attempt(random.setstate, (3, ("a",) * 625, None))
attempt(random.setstate, (3, (-1,) * 625, None))
attempt(random.setstate, (3, (2**64,) * 625, None))
attempt(random.setstate, (3, (5,) * 624 + (625,), None))
attempt(random.setstate, (3, (5,) * 624 + (1.5,), None))
attempt(random.setstate, (2, (-1,) * 625, None))
random.setstate((3, (2**40 + 5,) * 624 + (624,), 0.25))
print(random.getstate()[1][:3], random.gauss(), random.random())
random.setstate((2, (-5,) * 624 + (10,), None))
print(random.getstate()[1][:2], random.random())

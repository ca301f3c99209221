# random: choice, choices (uniform, weights, cum_weights, k), shuffle and
# sample (the pool-based and the set-based selection, counts, ranges, str
# populations) on many calls, with their CPython error messages.
import random
from collections import deque

random.seed(1729)
colors = ["red", "green", "blue", "cyan", "magenta", "yellow"]
print([random.choice(colors) for _ in range(12)])
print([random.choice("abcdef") for _ in range(12)], random.choice((1, 2, 3)), random.choice(range(100, 200)))
print(random.choice(deque([5, 6, 7])), random.choice(b"xyz"), random.choice([None]))

print(random.choices(colors, k=10))
print(random.choices(range(1000), k=8))
print(random.choices(colors, [10, 1, 1, 1, 1, 30], k=12))
print(random.choices(colors, cum_weights=[1, 2, 3, 4, 5, 6], k=12))
print(random.choices("ab", [0.1, 0.9], k=20))
print(random.choices(["x", "y", "z"], weights=[1, 0, 1], k=10), random.choices("pq"), random.choices("pq", k=0))
print(random.choices([1, 2, 3], [1.5, 2.5, 0.5], k=5), random.choices([1, 2], k=-3))

deck = list(range(20))
random.shuffle(deck)
print(deck)
for _ in range(3):
    random.shuffle(deck)
    print(deck)
empty = []
random.shuffle(empty)
one = ["only"]
random.shuffle(one)
print(empty, one)
d = deque("abcdefg")
random.shuffle(d)
print(list(d))

# Small k against a large population: selected indices in a set.
print(random.sample(range(10**6), 5))
print(random.sample(range(1000), 30))
print(random.sample(list(range(100)), 10))
# Large k against a small population: the pool.
print(random.sample(range(30), 30))
print(random.sample(colors, 3), random.sample(colors, 0), random.sample(colors, len(colors)))
print(random.sample("abcdefghijklmnopqrstuvwxyz", 26))
print(random.sample(tuple(range(50)), k=12))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(["a", "b", "c"], 6, counts=[1, 2, 3]))
print(random.sample(range(10**12), 3), random.sample(range(10, 10**9, 7), 4))
# The boundary between the two methods (setsize 21, then 21 + 4**ceil(log4(3k))).
for n, k in ((21, 5), (22, 5), (85, 6), (86, 6), (500, 21), (1045, 22), (1046, 22)):
    print(n, k, random.sample(range(n), k))

r = random.Random("sequences")
print(r.choice(colors), r.choices(colors, k=3), r.sample(colors, 2))
hand = list("ABCDEFGH")
r.shuffle(hand)
print(hand)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(random.choice, [])
attempt(random.choice, "")
attempt(random.choice, 5)
attempt(random.choice, {1: "one"})
attempt(random.choice, {})
attempt(random.choice, {1, 2})
attempt(random.choices, [1, 2], 5)
attempt(random.choices, [1, 2], [1])
attempt(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])
attempt(random.choices, [1, 2], [0, 0])
attempt(random.choices, [1, 2], [-1, 0.5])
attempt(random.choices, [1, 2], [1, float("inf")])
attempt(random.choices, [1, 2], [1, "b"])
attempt(random.choices, [1, 2], k=2.5)
attempt(random.choices, [1, 2], [1, 2], k="3")
attempt(random.choices, [], k=2)
attempt(random.choices, [], [], k=2)
attempt(random.choices, [1, 2], cum_weights=5)
attempt(random.choices, 5)
attempt(random.shuffle, (1, 2, 3))
attempt(random.shuffle, "abc")
attempt(random.shuffle, 5)
attempt(random.shuffle, [1], 2)
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, {"a": 1}, 1)
attempt(random.sample, [1, 2], 1.0)
attempt(random.sample, [1, 2], "a")
attempt(random.sample, [1, 2])
attempt(random.sample, [1, 2], 1, [1, 1])
attempt(random.sample, [1, 2], 1, counts=[1])
attempt(random.sample, [1, 2], 1, counts=[1, 2.0])
attempt(random.sample, [1, 2], 1, counts=[0, 0])
attempt(random.sample, [1, 2], 4, counts=[1, 2])
attempt(random.sample, [], 1, counts=[])
attempt(random.sample, [1, 2], 1, counts=5)

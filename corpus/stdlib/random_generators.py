# random: generators driven by random numbers — random walks yielded step
# by step, generators that own a seeded Random, interleaved generators
# sharing the module's generator, send() steering a walk, and generator
# expressions feeding choices/sample — reproduce CPython's sequences.
import random


def walk(rng, steps):
    position = 0
    yield position
    for _ in range(steps):
        position += rng.choice((-1, 1))
        yield position


def walk2d(seed):
    rng = random.Random(seed)
    x = y = 0
    while True:
        dx, dy = rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x += dx
        y += dy
        yield x, y


def gaussian_walk(mu, sigma):
    value = 0.0
    while True:
        value += random.gauss(mu, sigma)
        yield value


def steered(seed):
    rng = random.Random(seed)
    position = 0
    scale = 1
    while True:
        received = yield position
        if received is not None:
            scale = received
        position += scale * rng.randint(-3, 3)


def bernoulli(rng, p):
    while True:
        yield rng.random() < p


def first_passage(rng, target):
    for step, position in enumerate(walk(rng, 10**6)):
        if abs(position) >= target:
            return step
    return None


rng = random.Random(11)
print(list(walk(rng, 25)))
print(list(walk(random.Random(11), 25)) == list(walk(random.Random(11), 25)))

w = walk2d("plane")
print([next(w) for _ in range(12)])

random.seed(5)
g = gaussian_walk(0.5, 1.0)
print([round(next(g), 12) for _ in range(6)])

# Two generators drawing from the module's generator interleave exactly.
random.seed(100)
a = walk(random, 10)
b = walk(random, 10)
print([(next(a), next(b)) for _ in range(11)])

s = steered(3)
print(next(s), s.send(10), s.send(None), s.send(100), next(s), s.send(1))

coin = bernoulli(random.Random(0), 0.3)
flips = [next(coin) for _ in range(40)]
print("".join("H" if f else "T" for f in flips), sum(flips))

print([first_passage(random.Random(seed), 10) for seed in range(8)])

random.seed("genexpr")
print(random.choices([x * x for x in range(10)], weights=(x + 1 for x in range(10)), k=6))
print(random.sample([c for c in "generator"], 4))
print(sum(random.random() for _ in range(1000)))
print(max(random.randrange(1000) for _ in range(50)), min(random.randint(0, 10**9) for _ in range(50)))


def shuffled_rounds(items, rounds, seed):
    rng = random.Random(seed)
    items = list(items)
    for _ in range(rounds):
        rng.shuffle(items)
        yield tuple(items)


for order in shuffled_rounds("abcde", 4, 9):
    print(order)


def reservoir(stream, k, rng):
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                sample[j] = item
    return sample


print(reservoir((n * 3 for n in range(1000)), 8, random.Random(77)))


def monte_carlo_pi(rng, n):
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
        yield 4 * inside / (_ + 1)


estimates = list(monte_carlo_pi(random.Random(2), 5000))
print(estimates[9], estimates[99], estimates[-1])

# A Markov-chain text generator: build order-1 and order-2 chains from a
# small corpus with sliding-window generators, then generate sentences
# with a seeded random (same numbers as CPython's random module).
import random
from collections import defaultdict, Counter
from itertools import islice

CORPUS = """
the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the dog . the bird sang .
a cat and a dog sat on a log by the mat . the bird saw a cat and sang .
"""


def tokens(text):
    for word in text.split():
        yield word


def ngrams(iterable, n):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def build_chain(text, order):
    chain = defaultdict(Counter)
    for gram in ngrams(tokens(text), order + 1):
        chain[gram[:-1]][gram[-1]] += 1
    return chain


def walk(chain, rng, start):
    state = start
    yield from state
    while True:
        followers = chain.get(state)
        if not followers:
            return
        words = list(followers)
        weights = [followers[w] for w in words]
        nxt = rng.choices(words, weights)[0]
        yield nxt
        state = state[1:] + (nxt,)


def sentences(chain, rng, order):
    starts = [k for k in chain if k[0] in ("the", "a")]
    while True:
        start = rng.choice(starts)
        words = []
        for w in walk(chain, rng, start):
            words.append(w)
            if w == "." or len(words) > 25:
                break
        yield " ".join(words).replace(" .", ".").capitalize()


chain1 = build_chain(CORPUS, 1)
chain2 = build_chain(CORPUS, 2)
print("order-1 states:", len(chain1), "order-2 states:", len(chain2))
print("after 'the':", sorted(chain1[("the",)].items()))
print("after 'sat on':", sorted(chain2[("sat", "on")].items()))

random.seed(2024)
print("order 1:")
for s in islice(sentences(chain1, random, 1), 5):
    print("  ", s)

rng = random.Random(7)
print("order 2:")
for s in islice(sentences(chain2, rng, 2), 5):
    print("  ", s)

random.seed(2024)
again = list(islice(sentences(chain1, random, 1), 5))
random.seed(2024)
print("reseeding reproduces:", again == list(islice(sentences(chain1, random, 1), 5)))

counts = Counter()
rng = random.Random("markov")
for w in islice(walk(chain1, rng, ("the",)), 2000):
    counts[w] += 1
print("2000-step walk, top words:", counts.most_common(5))

# A character-level chain over names.
NAMES = "anna bella clara della emma fiona gemma hanna ilsa jenna kara luna mara nora"
char_chain = defaultdict(Counter)
for name in NAMES.split():
    padded = "^^" + name + "$"
    for gram in ngrams(padded, 3):
        char_chain[gram[:2]][gram[2]] += 1


def invent(rng):
    state = ("^", "^")
    out = []
    while True:
        letters = sorted(char_chain[state])
        c = rng.choices(letters, [char_chain[state][x] for x in letters])[0]
        if c == "$":
            return "".join(out)
        out.append(c)
        state = (state[1], c)


rng = random.Random(12345)
invented = [invent(rng) for _ in range(12)]
print("invented names:", invented)
print("new ones:", [n for n in invented if n not in NAMES.split()])
print("shuffle check:", rng.sample(range(100), 5), rng.random())

# random: an error raised inside a random function, uncaught, from a
# generator: the traceback shows the script's frames (CPython's random.py
# frame is left out of the comparison) and the exit status is 1.
import random


def draws(seq):
    rng = random.Random(0)
    while True:
        yield rng.choice(seq)


g = draws("ab")
print([next(g) for _ in range(5)])
print(next(draws([])))

# random: the real-valued distributions (uniform, triangular, gauss with
# its cached second value, normalvariate, lognormvariate, expovariate,
# vonmisesvariate, gammavariate in its three regimes, betavariate,
# paretovariate, weibullvariate) and randbytes: exact values, result
# types for int arguments, and the errors of bad parameters.
import random

random.seed(8675309)
print([random.uniform(0, 1) for _ in range(3)], random.uniform(10, 20), random.uniform(5, -5), random.uniform(2, 2))
print(type(random.uniform(1, 2)).__name__, random.uniform(1.5, 2**60))
print([random.triangular() for _ in range(3)])
print(random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5, 1, 2), random.triangular(3, 3))
print(random.triangular(1, 1, 1), random.triangular(low=2.5, high=2.5, mode=2.5), random.triangular(0, 1, 5))
print([random.gauss() for _ in range(5)])
print(random.gauss(100, 15), random.gauss(mu=-3, sigma=0.5), random.gauss(0, 0))
print([random.normalvariate() for _ in range(4)], random.normalvariate(10, 2))
print([random.lognormvariate(0, 0.25) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(4)], random.expovariate(-2), random.expovariate(1))
print([random.vonmisesvariate(0, 4) for _ in range(3)], random.vonmisesvariate(1, 0), random.vonmisesvariate(3, 1e-7))
print([random.gammavariate(0.5, 1) for _ in range(3)])
print([random.gammavariate(1, 2) for _ in range(3)], random.gammavariate(1.0, 1.0))
print([random.gammavariate(9, 0.5) for _ in range(3)], random.gammavariate(2**40, 1))
print([random.betavariate(2, 5) for _ in range(4)], random.betavariate(0.5, 0.5))
print([random.paretovariate(3) for _ in range(3)], [random.weibullvariate(1, 1.5) for _ in range(3)])
print(random.randbytes(0), random.randbytes(1), random.randbytes(4), random.randbytes(5), random.randbytes(17).hex())

# gauss keeps the second deviate: a reseed clears it, getstate keeps it.
random.seed(1)
g1 = random.gauss()
random.seed(1)
print(g1 == random.gauss(), random.gauss())
r = random.Random(1)
print(r.gauss_next, r.gauss(), r.gauss_next is not None, r.gauss(), r.gauss_next)
r.gauss_next = 0.5
print(r.gauss(), r.gauss(10, 2) != 11.0)

# Statistics of many draws (printed rounded: the values are exact anyway).
random.seed(42)
n = 20000
xs = [random.gauss(5, 2) for _ in range(n)]
mean = sum(xs) / n
var = sum((x - mean) ** 2 for x in xs) / n
print(round(mean, 10), round(var, 10))
ys = [random.expovariate(0.5) for _ in range(n)]
print(round(sum(ys) / n, 10), round(max(ys), 10))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(random.uniform, "a", "b")
attempt(random.uniform, 1)
attempt(random.expovariate, 0)
attempt(random.expovariate, "x")
attempt(random.expovariate)
attempt(random.gammavariate, 0, 1)
attempt(random.gammavariate, 1, -1)
attempt(random.gammavariate, "a", 1)
attempt(random.gammavariate, 2**2000, 1)
attempt(random.betavariate, 0, 1)
attempt(random.gauss, "a")
attempt(random.gauss, 1, 2, 3)
attempt(random.normalvariate, sigma="s")
attempt(random.lognormvariate, 1000, 1)
attempt(random.lognormvariate, 1)
attempt(random.vonmisesvariate, "a", 1)
attempt(random.vonmisesvariate, 0, "k")
attempt(random.paretovariate, 0)
attempt(random.weibullvariate, 1, 0)
attempt(random.triangular, 0, 1, "m")
attempt(random.triangular, "a", "a", "a")
attempt(random.randbytes, -1)
attempt(random.randbytes, 1.5)
attempt(random.randbytes, 2**70)
attempt(random.random, 1)
attempt(random.random, x=1)
attempt(random.getrandbits)
attempt(random.getrandbits, 1, 2)
attempt(random.getrandbits, k=3)
attempt(random.getrandbits, 1.5)
attempt(random.getrandbits, -1)
attempt(random.getrandbits, 2**40)
attempt(random.getstate, 1)
attempt(random.setstate)

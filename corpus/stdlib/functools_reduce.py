# functools.reduce: left folds over lists and generators, the initial
# value, the empty-iterable error, non-iterables, and exceptions raised by
# the function or by the generator mid-fold.
from functools import reduce
import operator


def numbers(n):
    for i in range(1, n + 1):
        print("  yield", i)
        yield i


print(reduce(operator.add, numbers(4)))
print(reduce(lambda acc, x: acc * x, numbers(5), 1))
print(reduce(lambda acc, x: acc + [x * x], numbers(3), []))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(reduce(operator.add, [], 0), reduce(operator.add, [42]))
print(reduce(lambda a, b: b + a, "yield"))


# Folding a generator of generators: the running totals of each chunk.
def chunks(data, size):
    for i in range(0, len(data), size):
        yield (x for x in data[i:i + size])


print([reduce(operator.add, chunk) for chunk in chunks(list(range(10)), 3)])

# A dict built by folding pairs.
pairs = (("k%d" % i, i * i) for i in range(4))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, pairs, {}))


def failing():
    yield 1
    yield 2
    raise ValueError("generator broke")


for attempt in (
    lambda: reduce(operator.add, []),
    lambda: reduce(operator.add, (x for x in [])),
    lambda: reduce(operator.add, 5),
    lambda: reduce(operator.add),
    lambda: reduce(operator.add, [], initial=0),
    lambda: reduce(operator.add, [1, "a"]),
    lambda: reduce(operator.add, failing()),
    lambda: reduce(None, [1, 2]),
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)


# The generator is left suspended when the function raises.
def watched():
    try:
        for i in range(5):
            yield i
    finally:
        print("  watched finalised")


def stop_at_three(acc, x):
    if x == 3:
        raise KeyError(x)
    return acc + x


try:
    reduce(stop_at_three, watched())
except KeyError as e:
    print("KeyError", e)
print("done")

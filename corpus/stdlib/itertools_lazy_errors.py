# itertools over generators that log each pull: chain, cycle (replays
# what it saved), takewhile (consumes the first failing item), dropwhile,
# zip_longest, product (reads its inputs up front), starmap, compress,
# islice; keyword forms of count/repeat/accumulate; and the TypeErrors
# CPython gives for non-iterables and bad arguments.
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse, groupby,
                       islice, pairwise, product, repeat, starmap, takewhile, zip_longest)

pulled = []


def src(name, items):
    for x in items:
        pulled.append(f"{name}{x}")
        yield x


def show(result):
    print(result, pulled)
    pulled.clear()


c = chain(src("a", [1, 2]), src("b", [3]))
show(next(c))
show(list(c))
cy = cycle(src("c", "xy"))
show([next(cy) for _ in range(5)])
tw = src("t", [1, 2, 7, 3])
show(list(takewhile(lambda v: v < 5, tw)))
show(list(tw))
show(list(dropwhile(lambda v: v < 5, src("d", [1, 8, 2]))))
show(list(zip_longest(src("p", [1, 2, 3]), src("q", "ab"), fillvalue=0)))
pr = product(src("m", [1, 2]), src("n", "ab"))
show("product built")
show(next(pr))
show(list(starmap(divmod, src("s", [(7, 2), (9, 4)]))))
show(list(compress(src("v", "abcd"), src("k", [1, 0, 1]))))
show(list(islice(src("i", range(10)), 1, 6, 2)))
show(list(filterfalse(lambda v: v % 3, src("f", range(7)))))
show(list(pairwise(src("w", "abc"))))

print(list(islice(count(start=3, step=-2), 4)), list(repeat(object="r", times=2)))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=10)), list(accumulate(iterable=[5, 5])))
print(list(accumulate(src("g", [2, 3, 4]), lambda a, b: a * b)), pulled)

for attempt in (
    lambda: next(chain.from_iterable(5)),
    lambda: list(chain([1], 5)),
    lambda: list(chain.from_iterable([[1], 2])),
    lambda: cycle(5),
    lambda: list(accumulate([1, "a"])),
    lambda: list(accumulate([1, 2], 3)),
    lambda: list(starmap(pow, [1])),
    lambda: list(takewhile(None, [1])),
    lambda: pairwise(5),
    lambda: zip_longest([1], 2),
    lambda: zip_longest([1], fill=0),
    lambda: product([1], 2),
    lambda: compress([1], 5),
    lambda: groupby(5),
    lambda: repeat("x", "2"),
    lambda: count(1, "a"),
    lambda: islice([1], 1.5),
    lambda: next(dropwhile(lambda v: v / 0, [1])),
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

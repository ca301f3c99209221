# collections.OrderedDict: popitem(last=True/False), pop with and without
# a default, setdefault, update from pairs and keywords, fromkeys,
# reversed iteration of the dict and its views, move_to_end both ways,
# order-sensitive equality with another OrderedDict but not with a dict,
# the | and |= operators, copy, nested reprs, deletion, a dict built from
# a generator and emptied, and the errors on missing keys and bad input.
from collections import OrderedDict

od = OrderedDict.fromkeys("abcde", 0)
print(od, OrderedDict((c, 0) for c in "abcde") == od, OrderedDict.fromkeys("xy"), od.fromkeys([1], value=2))
print(od.popitem(), od.popitem(last=False), od.popitem(True), od)
print(od.pop("c"), od.pop("zz", "default"), od)
print(od.setdefault("b", 5), od.setdefault("n", 7), od)
od.update([("a", 1), ("q", 2)], z=3)
print(od, len(od))
print(list(reversed(od)), list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od.items())), list(reversed(od.values())), list(reversed(od.keys())))
od.move_to_end("a")
od.move_to_end("z", last=False)
od["b"] = 99
print(od, list(od)[0])

x = OrderedDict([(1, "one"), (2, "two")])
y = OrderedDict([(1, "one"), (2, "two")])
print(x == y, x == {2: "two", 1: "one"}, dict(x) == dict(y), x != OrderedDict())
y = OrderedDict([(2, "two"), (1, "one")])
print(x == y, x != y, dict(x) == dict(y), x == dict(y), dict(y) == x)
print(x | {3: "three"}, {0: "zero"} | x, x | y, x.copy() == x, x.copy() is x, type(x.copy()).__name__)
x |= y
x |= [(5, "five")]
print(x)
nested = OrderedDict(inner=OrderedDict(k=[1, 2]), empty=OrderedDict())
print(nested, repr(OrderedDict()))
del nested["empty"]
print(nested, "inner" in nested, list(nested))


def pairs():
    for i in range(4):
        yield str(i), i * i


built = OrderedDict(pairs())
while built:
    print(built.popitem(last=len(built) % 2 == 0), end=" ")
print()

for attempt in (
    lambda: OrderedDict(a=1).pop("b"),
    lambda: OrderedDict(a=1)["b"],
    lambda: OrderedDict(a=1).move_to_end("b", last=False),
    lambda: OrderedDict(5),
    lambda: OrderedDict().popitem(),
    lambda: OrderedDict().popitem(last=False),
    lambda: OrderedDict(a=1).popitem(True, 2),
    lambda: OrderedDict([1, 2]),
    lambda: OrderedDict([(1, 2, 3)]),
    lambda: OrderedDict(["ab", "c"]),
    lambda: OrderedDict({}, {}),
    lambda: OrderedDict(a=1) | [("b", 2)],
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

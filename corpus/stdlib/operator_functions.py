# operator's functions: arithmetic, comparison, logic, sequence and
# in-place operators applied with map over generators and with reduce,
# user classes' special methods through them, and CPython's errors.
import operator
from functools import reduce


def evens(n):
    for i in range(n):
        yield 2 * i


def odds(n):
    i = 1
    while n:
        yield i
        i += 2
        n -= 1


print(list(map(operator.mul, evens(5), odds(5))))
print(list(map(operator.add, evens(3), odds(10))))
print(sum(map(operator.mul, evens(4), odds(4))), reduce(operator.mul, odds(5)))
print(list(map(operator.sub, [10, 20], [1, 2])), list(map(operator.truediv, [7, 1], [2, 4])))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 100), operator.pow(2, -1))
print(operator.neg(5), operator.pos(-2.5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 70), operator.rshift(-9, 1))
print(operator.and_({1, 2}, {2, 3}), operator.or_({"a": 1}, {"b": 2}), operator.xor(True, False))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.gt("b", "a"), operator.ge([1], [1, 0]))
print(operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2, 3], 2), operator.contains("yield", "el"), operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf("abc", "c"))
print(operator.concat([1], [2]), operator.concat("ab", "cd"), operator.index(7), operator.index(True))
print(operator.call(max, 3, 9, key=operator.neg))

data = {"a": 1}
operator.setitem(data, "b", 2)
print(operator.getitem(data, "b"), data)
operator.delitem(data, "a")
print(data)
items = list(range(6))
operator.setitem(items, slice(1, 3), ["x"])
operator.delitem(items, -1)
print(items, operator.getitem(items, slice(None, None, 2)))

# In-place forms: lists extend in place, ints rebind.
acc = [1]
same = operator.iadd(acc, (x for x in (2, 3)))
print(same is acc, acc, operator.iadd(1, 2), operator.imul([0], 3), operator.isub(5, 7))
print(operator.ior({1}, {2}), operator.iconcat([1], [2]), operator.ipow(3, 3), operator.ifloordiv(9, 4))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.add)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self.__add__(other)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __index__(self):
        return self.cents

    def __getitem__(self, i):
        return "$" if i == 0 else self.cents

    def __repr__(self):
        return f"Money({self.cents})"


wallet = [Money(250), Money(75), Money(1000)]
print(reduce(operator.add, wallet), sum(wallet, Money(0)), operator.add(5, Money(1)))
print(list(map(operator.mul, wallet, (n for n in [2, 3, 4]))), operator.neg(wallet[0]))
print(operator.lt(wallet[1], wallet[0]), operator.gt(wallet[1], wallet[0]), operator.eq(Money(75), wallet[1]))
print(operator.index(Money(9)), operator.getitem(wallet[0], 0), [10, 20, 30][operator.index(Money(1))])

for attempt in (
    lambda: operator.add(1),
    lambda: operator.add(1, b=2),
    lambda: operator.neg(),
    lambda: operator.neg(1, 2),
    lambda: operator.setitem({}, 1),
    lambda: operator.add(1, "a"),
    lambda: operator.neg("a"),
    lambda: operator.truediv(1, 0),
    lambda: operator.lt(1, "a"),
    lambda: operator.getitem([1], 5),
    lambda: operator.contains(3, 1),
    lambda: operator.concat(1, 2),
    lambda: operator.concat([1], (2,)),
    lambda: operator.index(1.5),
    lambda: operator.indexOf([1, 2], 3),
    lambda: operator.call(),
    lambda: operator.mul(Money(1), Money(2)).cents,
):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

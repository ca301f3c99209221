# User classes: attributes, repr/str fallback, comparisons and hashing, container and iterator protocols,
# context managers, inheritance, static/class methods, properties, user exceptions, attribute errors.
class Counter:
    total = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
c1 = Counter("a"); c2 = Counter("b")
c1.total = 99
c1.tags.append("shared")
print(Counter.total, c1.total, c2.total, c2.tags, Counter.tags is c1.tags, c1.name)
del c1.total
print(c1.total, Counter.__name__, type(c1).__name__, type(c1) is Counter)
class Plain:
    pass
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()], str(OnlyStr()), f"{OnlyStr()}", "%s" % OnlyStr(), str(Plain()).startswith("<__main__.Plain object at"))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object"), [OnlyStr()][0].__str__())
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"V({self.n})"
vs = [V(3), V(1), V(2), V(1)]
print(sorted(vs), min(vs), max(vs), V(1) == V(1), V(1) != V(2), V(1) == 1, V(2) > V(1), V(1) in vs, vs.index(V(2)), vs.count(V(1)))
print(len({V(1), V(1), V(2)}), {V(5): "five"}[V(5)], sorted(vs, reverse=True), sorted(vs, key=lambda v: -v.n))
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError", e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
s = Seq(5, 6, 7)
print(len(s), s[0], s[-1], list(s), [x * 2 for x in s], 6 in s, 9 in s, sorted(s, reverse=True), bool(Seq()), bool(s), tuple(s), s[1:])
class Bag:
    def __contains__(self, item):
        return item == "yes"
print("yes" in Bag(), "no" in Bag(), "no" not in Bag())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)], next(Countdown(9)), dict(zip("ab", Countdown(5))))
class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.suppress)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with Ctx(True) as c:
    raise ValueError("swallowed")
print("after suppressed", c.suppress)
try:
    with Ctx(False):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))
with Ctx(False) as c:
    print("body ok")
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab")
print(d.describe(), d.breed, isinstance(d, Animal), isinstance(d, Dog), isinstance(Animal("x"), Dog), issubclass(Dog, Animal), Dog.__name__, Animal.kind)
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @staticmethod
    def describe(x):
        return f"static {x}"
    @classmethod
    def make(cls, c):
        return cls(c)
t = Temp.make(100)
print(t.fahrenheit, Temp.describe(1), t.describe(2), type(t).__name__, Temp.scale)
t.fahrenheit = 32; print(t._c, t.fahrenheit)
try:
    t.missing
except AttributeError as e:
    print("AttributeError", e)
class P:
    __slots_like__ = None
try:
    P().z
except AttributeError as e:
    print("AttributeError", e)
try:
    P.z
except AttributeError as e:
    print("AttributeError", e)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e), isinstance(e, Exception))
class Simple(Exception):
    pass
for exc in [Simple(), Simple("one"), Simple("a", 2)]:
    print(repr(exc), str(exc), exc.args, len(exc.args))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + other.c)
    def __repr__(self):
        return f"Money({self.c})"
    def __bool__(self):
        return self.c != 0
print(Money(1) + Money(2), bool(Money(0)), bool(Money(3)), "yes" if Money(0) else "no")

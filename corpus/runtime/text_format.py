# str.format fields (positional, named, indexed, attributes, conversions, nested specs) and %-formatting.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)
p = Pt(1, "two")
print("{} and {}".format("a", 2), "{1}{0}{1}".format("x", "y"), "{name}={val}".format(name="k", val=3.5), "{0}{x}".format(7, x=8))
print("{0[1]} {0[0]} {1[key]} {2.x} {2.y} {3[0][1]}".format([10, 20], {"key": "v"}, p, [(5, 6)]))
print("{!r} {!s} {} {!a}".format("q", p, p, "é"), "{0!r:>12}|".format("pad"), "{!s:>8}|{:<6}|{:^7}|".format(p, "ab", "mid"))
print("{{literal}} {}".format(1), "{:{w}}|".format(42, w=6), "{:{f}{a}{w}.{p}f}".format(3.14159, f="*", a="<", w=10, p=2), "{:>{}}|".format("r", 4))
print("{:d} {:5d} {:<5d}| {:05d} {:+d} {:,} {:_} {:x} {:X} {:#o} {:b} {:#x}".format(42, 42, 42, 42, 42, 1234567, 1234567, 255, 255, 8, 5, 255))
print("{:.2f} {:8.3f} {:e} {:.1%} {:g} {:G} {:.3g} {:,.2f} {:n}".format(3.14159, 2.5, 12345.678, 0.256, 1e-7, 1e20, 2/3, 1234.5, 12))
print("{:c} {!r:^9} {:s} {:10.3s}|".format(65, "é", "str", "truncate"), "{0:{1}}".format("w", 3) + "|", format(p), format(3.5, "6.2f"))
print("{0}".format([1, {"a": (2,)}]), "{}".format(None), "{:>6}".format(True), "{:d}".format(True), "{}".format(1.0), "{:.0f}".format(2.5))
for template, args, kwargs in [("{} {}", (1,), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{0.nope}", (p,), {}), ("{} {0}", (1, 2), {}), ("{:q}", (1,), {})]:
    try:
        print(template.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError) as err:
        print(type(err).__name__, err)
print("%s|%r|%d|%i|%f|%.2f|%5d|%-5s|%x|%o|%e|%g|%c|%%" % ("s", "r", 42, -7, 1.5, 2.345, 42, "ab", 255, 8, 12345.678, 0.00001, 65))
print("%X %#x %#o %05.1f %+d % d %-6.2f| %3s| %.1s %c %G %E %10.4e|" % (255, 255, 8, 3.14159, 5, 5, 1.0, "x", "yz", "z", 1e-10, 123.0, 0.5))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%s" % (1, 2).__class__.__name__, "%s" % [1, 2], "%s" % ((1, 2),), "%r" % (p,), "%s" % p)
print("%d" % 3.9, "%s %s" % (True, None), "%.3s" % "abcdef", "%*d|" % (5, 3), "%-*d|" % (4, 9), "%.*f" % (2, 3.14159), "%i%%" % 50, "%x" % -255, "%5.1f%%" % 99.55)
print("%s" % "only", "%s-%s" % ("a", "b"), "no args" % (), "%(a)s%(a)s" % {"a": 1}, "%c%c" % ("h", 105), "%o" % 0, "%e" % 0, "%g" % 1e16, "%g" % 123456789)
for template, args in [("%d %d", (1,)), ("%d", ("x",)), ("%s", (1, 2)), ("%(k)s", {"z": 1}), ("%q", (1,)), ("%c", ("ab",)), ("%d", (None,)), ("%(k)s", (1,)), ("%", ())]:
    try:
        print(template % args)
    except (TypeError, ValueError, KeyError) as err:
        print(type(err).__name__, err)
rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("fig", 100, 10.0)]
for name, qty, price in rows:
    print("{:<8}|{:>5}|{:>8.2f}|".format(name, qty, price), "%-8s|%5d|%8.2f|" % (name, qty, price), f"{name:>6.3}|{qty:03}|{price:+.1e}")
print("{0:-^20}".format(" hi "), "{:=+8d}".format(42), "{:#010b}".format(5), "{:08.3f}".format(-3.14159), "{:>+9.2%}".format(0.5))
print(str.format("{}-{}", 1, 2), "a{0}b".format(""), "{:}".format(12), "{0!s:>{1}}|".format(3, 4), "{:.2}".format("xyz"), "{:.2}".format(3.14159))

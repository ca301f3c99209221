# f-strings: conversions !r !s !a, = debugging specifier, nested specs, str.format fields
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "P(" + str(self.x) + ", " + str(self.y) + ")"
    def __str__(self):
        return "<" + str(self.x) + "," + str(self.y) + ">"
p = P(1, 2)
s = "héllo"
x = 42
y = 2.5
print(f"{p}", f"{p!r}", f"{p!s}", f"{s!r}", f"{s!a}", f"{x!r:>6}", f"{s!s:^9}")
print(f"{x=}", f"{y=}", f"{s=}", f"{x + 1=}", f"{x=:>5}", f"{y=:.3f}", f"{p=}", f"{p=!s}", f"{ x = }")
print(f"{{}}", f"{{{x}}}", f"a{x}b{y}c", f"{x:{'^'}{8}}", f"{[1, 2]}", f"{(1, 'a')}", f"{ {'k': 1}['k'] }")
w, pr = 12, 4
print(f"[{y:{w}.{pr}}]", f"[{y:>{w}.{pr}f}]", f"[{x:{'0'}{w}}]", f"[{s:{'*'}<{w}}]")
print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0[1]} {d[k]} {0[0]}".format([7, 8], d={"k": "v"}))
print("{:>6}|{:<6}|{:^6}|{:06.2f}|{!r}|{!s:>5}".format("ab", "cd", "ef", 3.14159, "q", 12))
print("{:{}}|{:{w}.{p}f}".format(5, 4, 2.71828, w=8, p=2), "{{literal}} {}".format(3))
print(format("abc"), format("abc", "5"), format("abc", ">5"), format("abc", ".2"), format("abcdef", "^10.3"), format(None), format([1, 2]))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), ascii("ñ€😀"), repr("\n\x00\x7f"))

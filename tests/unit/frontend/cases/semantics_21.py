def gen():
    x = yield
    t = yield 1, 2
    print("x =", x, "t =", t)
g = gen(); print(next(g), next(g), next(g, "exhausted"))
for src in ["f((yield))", "f(yield)", "x = 1 + yield 2", "yield = 3", "return lambda: (yield)"]:
    try: compile("def g():\n    " + src, "example.py", "exec"); print(f"{src!r}: ok")
    except SyntaxError as e: print(f"{src!r}: SyntaxError: {e.msg}")

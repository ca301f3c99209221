# yield as an expression anywhere: operands evaluated before the yield keep
# their values across the suspension, in Python's left-to-right order.
def calc():
    total = (yield "a") + (yield "b")
    print("total", total)
    pair = [(yield "c"), (yield "d")]
    print("pair", pair)
    x = 100
    result = x - (yield "e")
    print("result", result)
    print("printed", (yield "f"), "after")
    if (yield "g"):
        print("truthy send")
    return "end"

g = calc()
print(next(g))
for value in (3, 4, "x", "y", 1, "shown", True):
    try:
        print(g.send(value))
    except StopIteration as e:
        print("stop", e.value)

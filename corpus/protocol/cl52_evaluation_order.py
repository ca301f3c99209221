# Checklist 52: call args, operands and list items go left to right; dict key before value.
def f(*args):
    return args
def gen():
    r1 = f((yield "arg1"), (yield "arg2"))
    r2 = (yield "left") - (yield "right")
    r3 = [(yield "item1"), (yield "item2")]
    r4 = {(yield "key"): (yield "value")}
    print(r1, r2, r3, r4)
g = gen()
out = [next(g)]
n = 0
try:
    while True:
        n += 1
        out.append(g.send(n))
except StopIteration:
    pass
print(out)

def drive(gen):
    g = gen(); v = next(g); n = 0
    while True:
        print("  yielded", repr(v)); n += 1
        try: v = g.send(n)
        except StopIteration: return
def assign(): d = {}; d[(yield "key")] = (yield "value"); print(d)
def augmented(): d = {1: 100}; d[(yield "key")] += (yield "rhs"); print(d)
def others():
    print(pow((yield "arg1"), (yield "arg2")), (yield "left") - (yield "right"),
          [(yield "l0"), (yield "l1")], {(yield "k"): (yield "v")})
for f in (assign, augmented, others): print(f.__name__); drive(f)

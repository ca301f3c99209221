from show import show
def gen():
    print("running:", g.gi_running)
    for op in (lambda: next(g), lambda: g.send(1), lambda: g.throw(KeyError), g.close): show(op)
    yield "ok"
g = gen(); show(lambda: next(g))

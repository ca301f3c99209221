# Checklist 20: throw(inst) delivers the same object; throw(Class) an instance.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args, e is err)
err = ValueError("mine")
g = gen()
next(g)
g.throw(err)
g.throw(ValueError)
g.throw(KeyError, "k")
g.throw(IndexError, (1, 2))

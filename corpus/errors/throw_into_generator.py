# gen.throw() shows the generator's frame at its yield.
def worker():
    while True:
        try:
            x = yield
            print("received", x)
        except TypeError:
            print("ignoring TypeError")

w = worker()
next(w)
w.send(1)
w.throw(TypeError("tolerated"))
w.throw(ValueError("fatal"))

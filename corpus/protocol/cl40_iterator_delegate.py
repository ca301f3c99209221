# Checklist 40: an iterator delegate: send(None) is __next__, send(v) is .send(v).
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return "next %d" % self.n
    def send(self, v):
        self.n += 1
        if v == "stop":
            raise StopIteration("stopped by send")
        return "sent " + repr(v)
def outer():
    r = yield from Echo()
    print("result:", r)
    return r
g = outer()
print(next(g))
print(g.send(None))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", repr(e.value))
g = outer()
print(list(g))

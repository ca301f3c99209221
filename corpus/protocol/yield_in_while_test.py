# A yield in a while condition: the test runs (and yields) every round.
def consumer():
    total = 0
    while (cmd := (yield total)) != "stop":
        if cmd == "skip":
            continue
        total += cmd
    else:
        print("stopped with total", total)
    yield "done"

def until_false():
    n = 0
    while (yield n):
        n += 1
        if n > 5:
            break
    else:
        print("else after a false test")
    return n

g = consumer()
print(next(g), g.send(3), g.send("skip"), g.send(4), g.send("stop"))
h = until_false()
print(next(h), h.send(True), h.send(1), h.send("x"))
try:
    h.send(0)
except StopIteration as e:
    print("returned", e.value)
h = until_false()
next(h)
for i in range(10):
    try:
        h.send(True)
    except StopIteration as e:
        print("broke out at", e.value)
        break

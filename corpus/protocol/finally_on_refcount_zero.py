# A suspended generator is closed when its last reference goes: its
# finally runs right then, as CPython's reference counting does.
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print("finally", tag)

print(next(gen("temp")))
g = gen("rebound")
next(g)
g = None
print("after rebinding")

def consume():
    h = gen("local")
    next(h)
    print("consume returns")

consume()
print("after consume")
for x in gen("loop"):
    print("break at", x)
    break
print("after loop")

# Checklist 30: a dropped created generator runs nothing.
def gen(tag):
    print("started", tag)
    try:
        yield 1
    finally:
        print("finally", tag)
gen("a")
g = gen("b")
g = None
h = gen("c")
del h
print("nothing ran")

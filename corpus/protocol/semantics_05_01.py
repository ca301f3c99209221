# SEMANTICS.md §5 (Finalisation), example 1.
def gen(tag):
    try: yield from "abc"
    finally: print("finally", tag)
print(next(gen("temp")))
gen("created, then dropped")
g = gen("loop")
for x in g: break
print("after break, g still alive")
g = None
print(list(zip(gen("zip"), "ab")))
def f():
    h = gen("local"); next(h); print("f returns")
f(); print("after f")

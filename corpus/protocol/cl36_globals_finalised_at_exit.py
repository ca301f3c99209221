# Checklist 36: at exit, a suspended global's finally runs.
def gen(name):
    try:
        yield
    finally:
        print("finally", name)
x = gen("x")
next(x)
done = gen("done")
for _ in done:
    pass
print("end of module")

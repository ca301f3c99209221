import gc
def gen(name):
    try: yield
    finally: print("finally", name)
x = gen("x"); next(x)
junk = [[] for _ in range(2000)]
y = gen("y"); next(y)
gc.collect()
lst = [gen("l1"), gen("l2")]
for v in lst: next(v)
print("end of module")

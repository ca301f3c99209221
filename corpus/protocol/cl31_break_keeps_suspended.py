# Checklist 31: for x in g: break leaves g suspended until rebound.
import inspect
def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)
g = gen("g")
for x in g:
    if x == 2:
        break
print("after break", x, inspect.getgeneratorstate(g))
print(next(g))
g = gen("second")
print("rebound")
for x in g:
    break
del g
print("deleted")

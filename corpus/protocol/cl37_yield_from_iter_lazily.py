# Checklist 37: iter() of the yield from operand runs at the first next.
class Loud:
    def __iter__(self):
        print("iter called")
        return iter([1, 2])
def gen():
    print("body starts")
    r = yield from Loud()
    print("result", r)
g = gen()
print("created")
print(next(g))
print(next(g))
print(list(g))

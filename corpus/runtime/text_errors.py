# Exact CPython messages of common str/list/dict errors, caught and printed.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [1, 2][2])
show(lambda: "ab"[5])
show(lambda: "ab"[-3])
show(lambda: [].pop())
show(lambda: {}["k"])
show(lambda: {}[("t", 1)])
show(lambda: [1].remove(2))
show(lambda: "abc".index("z"))
show(lambda: ["a"].index("x"))
show(lambda: [1, 2, 3].index(4))
show(lambda: {[]: 1})
show(lambda: hash([1]))
show(lambda: {{}: 1})
show(lambda: {set()})
show(lambda: "a" + 1)
show(lambda: "a" + None)
show(lambda: 1 + "a")
show(lambda: [1] + (2,))
show(lambda: "a" * "b")
show(lambda: "a" < 1)
show(lambda: int("x1"))
show(lambda: ord("ab"))
show(lambda: chr(-1))
show(lambda: "{}".format())
def unpack3():
    a, b = [1, 2, 3]
def unpack1():
    a, b = "x"
def item_assign():
    s = "abc"
    s[0] = "z"
def tuple_assign():
    t = (1,)
    t[0] = 2
def del_str():
    s = "abc"
    del s[0]
show(unpack3)
show(unpack1)
show(item_assign)
show(tuple_assign)
show(del_str)
KX = "x"
FX = 1.0
show(lambda: "abc"[KX])
show(lambda: [1][KX])
show(lambda: (1, 2)[FX])
show(lambda: len(5))
show(lambda: "x".join([1]))

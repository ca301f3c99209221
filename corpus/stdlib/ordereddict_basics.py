from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(OrderedDict(), OrderedDict(x=1), dict(od))
try:
    od.move_to_end("zz")
except KeyError as exc:
    print("KeyError", exc)

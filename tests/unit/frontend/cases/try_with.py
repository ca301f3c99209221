try:
    pass
except:
    pass
try:
    a
except E:
    b
except (E1, E2) as e:
    c
else:
    d
finally:
    e
try:
    pass
finally:
    pass
try: x
except E as e: raise
raise
raise X
raise X("m") from None
raise X from e
with open(f) as g: pass
with a, b as c, d as (e, f): pass
with (a as b, c as d): pass
with (a, b): pass
with (a as b, c as d,): pass
with (a): pass
with (a) as b: pass
with (a, b) as c: pass
with a as b.c, d as e[0]: pass
with (yield): pass
with (x for x in y): pass

from show import show
import types
def deleg(x): return (yield from x)
async def co(): pass
def done(): return "old"; yield
g = deleg([1, 2]); show(lambda: next(g)); show(lambda: g.send("x")); show(lambda: next(g))
show(lambda: next(deleg(5)))
c = co(); show(lambda: next(deleg(c))); c.close()
@types.coroutine
def wrapper(x): return (yield from x)
show(lambda: next(wrapper(co())))
d = done(); next(d, None); show(lambda: next(deleg(d)))
e = done(); e.close(); show(lambda: next(deleg(e)))
def selfish(): yield from me
me = selfish(); show(lambda: next(me))

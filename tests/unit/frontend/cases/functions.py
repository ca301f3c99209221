def f(): pass
def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a
def h(a, /, b, *, c): return
def posonly_defaults(a=1, /, b=2, *c, d): ...
def annotated(x: int, *y: str, z: "q" = 3, **k: float) -> None: pass
async def co(x):
    await x
    return await x + 1
@dec
def d1(): pass
@dec.attr(1, 2)
@other
async def d2(): pass
@(lambda f: f)
def d3(): pass
@a[0].b
class C: pass
def trailing_comma(a, b,): pass
def star_only(*, a, b=1,): pass
def kwargs_only(**kw,): pass
def nested():
    def inner():
        nonlocal x
        global y
        return inner
    x = 1
    return inner
lambda: 0
lambda x, y=2, *z, w, **k: x + y
lambda *, a: a
lambda a, /, b: a
f = lambda: (yield)

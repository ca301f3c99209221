async def f():
    return [[await x for a in b] async for c in d]
[(lambda: (yield)) for x in y]
class C(metaclass=M, x=1):
    global z
    __slots__: tuple = ()

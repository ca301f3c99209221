[x for x in y]
[x for x in y if x]
[x for x in y if x if z]
[x * y for x in a for y in b]
[x for x in a if x for y in b if y]
{x for x in y}
{x: y for x, y in z}
{a: 1 for a in b} if False else None
(x for x in y)
(x for x in (y for y in z))
[(x, y) for x in a for y in range(x)]
[[x for x in row] for row in matrix]
[x for x, in y]
[x for (a, b) in c]
async def f():
    [x async for x in y]
    {x async for x in y}
    {x: x async for x in y}
    (x async for x in y)
    [await x for x in y]
    [x for x in y async for z in w]
sum(x * x for x in range(10))
any(x for x in y if x > 0)
list(x for x in y)
[y for x in data if (y := f(x)) is not None]

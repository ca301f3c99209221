if a: pass
if a:
    b
elif c:
    d
elif e: f
else:
    g
while x:
    x -= 1
    if x: break
    else: continue
else:
    done()
for i in range(10): print(i)
for i, (j, k) in pairs:
    pass
else:
    pass
for [a, *b] in c: pass
for x, in y: pass
for x in *a, b: pass
for x in a, b: pass
async def f():
    async for x in y:
        pass
    else:
        pass
    async with a as b, c:
        pass
if x: y = 1; z = 2;
while 1: pass

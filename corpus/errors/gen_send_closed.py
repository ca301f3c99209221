# send() to a closed generator raises StopIteration at the call site.
def counter():
    n = 0
    while True:
        n += yield n

c = counter()
next(c)
print(c.send(2), c.send(3))
c.close()
print(c.gi_frame)
c.send(1)

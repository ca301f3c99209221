def resourceful():
    print("open")
    try:
        while True:
            yield "tick"
    finally:
        print("close")

g = resourceful()
next(g)   # prints 'open'
g.close() # prints 'close' even if you didn’t exhaust it

# The tutorial's robust cleanup: close() runs the finally block.
def resourceful():
    print("open")
    try:
        while True:
            yield "tick"
    finally:
        print("close")

g = resourceful()
print(next(g))   # prints 'open'
g.close() # prints 'close' even if you didn't exhaust it
print("after close")

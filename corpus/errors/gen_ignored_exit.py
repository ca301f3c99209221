# A generator that yields again after GeneratorExit: close() raises.
def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("refusing to close")

s = stubborn()
print(next(s))
print(next(s))
s.close()

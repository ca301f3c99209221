# A generator abandoned by `break` is closed at once: its `finally` runs
# before the error that follows the loop.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")

def consume():
    for n in numbers():
        print("got", n)
        break
    return 1 / (n - 1)

consume()

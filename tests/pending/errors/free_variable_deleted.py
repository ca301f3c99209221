# A closure reads a variable its enclosing function deleted.
def outer():
    payload = 1
    def inner():
        return payload
    print(inner())
    del payload
    return inner()

print("start")
outer()

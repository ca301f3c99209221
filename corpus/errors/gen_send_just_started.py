# send() of a non-None value to a generator that has not started yet.
def echo():
    while True:
        received = yield
        print("echo", received)

e = echo()
e.send(None)
e.send("hello")
fresh = echo()
fresh.send("too early")

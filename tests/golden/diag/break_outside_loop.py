# cpython-error
while True:
    def f():
        break

# An error while handling another prints both, joined by CPython's sentence.
def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        [1, 2, 3][5]
    except IndexError:
        cleanup()

work()

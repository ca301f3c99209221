# An exception raised in a generator's `finally` when close() runs it.
def session():
    try:
        yield "open"
    finally:
        print("flushing")
        raise OSError("flush failed")

s = session()
print(next(s))
s.close()

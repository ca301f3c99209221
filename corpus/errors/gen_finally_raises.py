# A generator's `finally` raises while an error is propagating: CPython
# prints both, the first as the context of the second.
def records():
    try:
        yield 1
        yield 2
        raise ValueError("bad record")
    finally:
        print("closing records")
        raise OSError("could not close")

for r in records():
    print("record", r)

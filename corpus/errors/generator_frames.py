# Frames of generators and of `yield from` delegation appear in the traceback.
def leaf(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad item {i}")
        yield i

def middle(n):
    result = yield from leaf(n)
    return result

def consume():
    for v in middle(5):
        print("got", v)

consume()

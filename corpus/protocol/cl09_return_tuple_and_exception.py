# Checklist 9: return (1, 2) and return ValueError('x').
def pair():
    return (1, 2)
    yield
err = ValueError("x")
def exc():
    return err
    yield
try:
    next(pair())
except StopIteration as e:
    print(e.args, e.value, repr(e))
try:
    next(exc())
except StopIteration as e:
    print(e.value is err, repr(e.value), e.args)

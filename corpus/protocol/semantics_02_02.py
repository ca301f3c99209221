# SEMANTICS.md §2 (Return values, StopIteration and PEP 479), example 2.
def raiser(exc):
    yield 1
    raise exc
def caught():
    try: next(iter([]))
    except StopIteration: yield "caught inside: fine"
print(next(caught()))
class MyStop(StopIteration): pass
for exc in (StopIteration(42), MyStop(), StopAsyncIteration()):
    g = raiser(exc); next(g)
    try: next(g)
    except BaseException as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

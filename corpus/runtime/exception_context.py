# Exceptions raised while handling another get it as __context__; `from`
# sets __cause__; a bare raise re-raises the one being handled.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 // 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def reraiser():
    try:
        raise IndexError("again")
    except IndexError:
        print("handling")
        raise

try:
    reraiser()
except IndexError as e:
    print("re-raised:", e, e.args)

try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match:", repr(e))

s = StopIteration(42)
print(s.value, StopIteration().value)
raise ValueError("unhandled at the end")

# sys: maxsize, getrecursionlimit/setrecursionlimit (round trip, a
# RecursionError caught from a deep recursion, bad values), SystemExit
# raised by sys.exit with each kind of argument and caught, and the
# errors of sys.stdout.write / sys.stderr.write.
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__, -sys.maxsize - 1)
print(len(range(sys.maxsize)), [0, 1, 2][:sys.maxsize])

default = sys.getrecursionlimit()
print(default, type(default).__name__)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


print(depth(3000))
sys.setrecursionlimit(default)
print(sys.getrecursionlimit() == default)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print("recovered", depth(100))

for bad in (0, -5, "100", 2.5, None):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit() == default)

for arg in ((), (None,), (0,), (3,), ("bye",), ([1, 2],), ((1, 2),), ((),), ((5,),), (True,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))

try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)

print(sys.stdout.write("abc\n"), sys.stdout.write(""), sys.stderr.write("to stderr\n"))
for attempt in (lambda: sys.stdout.write(5), lambda: sys.stdout.write(b"x"), lambda: sys.stdout.write(),
                lambda: sys.stderr.write([]), lambda: sys.stderr.write(None),
                lambda: sys.stdout.writelines(["a\n", 1])):
    try:
        print(attempt())
    except TypeError as e:
        print(type(e).__name__, e)
sys.stdout.writelines(["w1 ", "w2\n"])
print(sys.argv[0].endswith("sys_limits_exit.py"), len(sys.argv))

# Recursion through builtin next() calls that start nested generators.
import sys
sys.setrecursionlimit(60)

def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield next(chain(n - 1))

print(next(chain(10)))
next(chain(1000))

# A recursive chain of `yield from` overflows the stack.
import sys
sys.setrecursionlimit(60)

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(list(countdown(5)))
print(sum(countdown(100)))

# Mutual recursion: the repeated pair of frames is not folded by CPython,
# only runs of the same line are.
import sys
sys.setrecursionlimit(40)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7))
print(is_even(-1))

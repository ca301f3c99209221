# Unbounded recursion raises RecursionError; CPython folds repeated frames.
import sys
sys.setrecursionlimit(200)

def down(n):
    return down(n + 1) + 1

print(sys.getrecursionlimit())
down(0)

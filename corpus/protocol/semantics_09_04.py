# SEMANTICS.md §9 (Generator expressions and comprehensions), example 4.
print("never printed")
def f():
    return [(yield x) for x in "ab"]

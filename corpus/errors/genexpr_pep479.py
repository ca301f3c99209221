# A generator expression is a generator: a StopIteration escaping its body
# becomes RuntimeError as well.
def firsts(groups):
    iterators = [iter(g) for g in groups]
    return list(next(it) for it in iterators)

print(firsts([[1, 2], [3]]))
print(firsts([[1, 2], [], [3]]))

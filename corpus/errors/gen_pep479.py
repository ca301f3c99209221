# PEP 479: a StopIteration escaping a generator body becomes RuntimeError,
# chained to the StopIteration as its direct cause.
def first_of_each(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)

print(list(first_of_each([[1, 2], "xy"])))
print(list(first_of_each([[3], [], [4]])))

# An uncaught exception: traceback on stderr, exit status 1.
def ratios(values):
    for v in values:
        yield 100 // v

for r in ratios([5, 4, 0, 2]):
    print(r)

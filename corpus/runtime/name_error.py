# Reading a name that was never bound raises NameError at run time.
def total(values):
    s = 0
    for v in values:
        s = s + v
    return s

print(total([1, 2, 3]))
print(undefined_helper([1, 2, 3]))

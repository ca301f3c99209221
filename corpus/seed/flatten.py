# The tutorial's yield from example.
def flatten(nested):
    for sub in nested:
        yield from sub

print(list(flatten([[1,2],[3],[4,5]])))  # [1,2,3,4,5]

# `yield from` of an object that is not iterable.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield from item

print(list(flatten([["ab"], "c", [["de"]]])))
print(list(flatten([["ab"], 7])))

# `raise ... from None` in a generator hides the KeyError it replaces.
def lookup_all(table, keys):
    for k in keys:
        try:
            yield table[k]
        except KeyError:
            raise LookupError(f"unknown key {k!r}") from None

table = {"a": 1, "b": 2}
print(list(lookup_all(table, "ab")))
print(list(lookup_all(table, "abc")))

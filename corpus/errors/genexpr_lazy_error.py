# A generator expression evaluates its first iterable eagerly and its body
# lazily: the error appears only when it is consumed.
def parse(words):
    return (int(w) for w in words)

numbers = parse(["1", "2", "three"])
print("created")
print(next(numbers))
print(next(numbers))
print(max(numbers))

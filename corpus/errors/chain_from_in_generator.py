# `raise ... from` inside a generator: both tracebacks show its frame.
class ParseError(Exception):
    pass

def tokens(text):
    for i, word in enumerate(text.split()):
        try:
            yield int(word)
        except ValueError as e:
            raise ParseError(f"token {i} is not a number") from e

print(list(tokens("1 2 3")))
print(list(tokens("4 five 6")))

# Checklist 32: list(zip(gen(), 'ab')) finalises before print.
def gen(tag):
    try:
        yield from "xyz"
    finally:
        print("finally", tag)
print(list(zip(gen("zip"), "ab")))
print(list(map(lambda s: s.upper(), gen("map"))))
print(dict(zip("ab", gen("dict"))))
print(sorted(zip(gen("sorted"), [3, 1])))

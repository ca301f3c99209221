# string: the character-class constants (exact contents and lengths) and
# capwords() with and without sep, plus its errors.
import string
from string import ascii_letters, capwords, digits

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "printable", "whitespace"):
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(ascii_letters == string.ascii_lowercase + string.ascii_uppercase, digits.isdigit())
print(all(c in string.printable for c in string.punctuation + string.whitespace))
print([c for c in "Hello, World! 42\t" if c in string.punctuation])
print(sum(1 for c in "deadBEEF 0x1f" if c in string.hexdigits))

print(capwords("hello world"))
print(capwords("  hello   wORLD  again "))
print(repr(capwords("")), repr(capwords("   ")))
print(capwords("a-b-c d", "-"))
print(capwords("one,two,,three", ","))
print(capwords("x y", sep=" "))
print(capwords("tab\tseparated\nlines"))
print(capwords("ça va très bien"))


def words():
    for w in ("generator", "driven", "capwords"):
        yield capwords(w + " " + w.upper())


print(list(words()))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(capwords)
attempt(capwords, 5)
attempt(capwords, "a b", 1)
attempt(capwords, "a", " ", "x")
attempt(capwords, "a b", sep="")
attempt(capwords, s="keyword args")
attempt(capwords, b"a b")
attempt(capwords, "a-b", b"-")

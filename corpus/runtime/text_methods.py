# str methods: split/rsplit, join, strip family, case methods, startswith/endswith, find/index/count/replace.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b \t c\n ".split(), "  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), "a b".split(" ", 0))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "x".rsplit("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "é".join(["1", "2"]))
print(repr("  hi  ".strip()), repr("xxhixx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr(" \t\nx\n ".lstrip()), repr(" \t\nx\n ".rstrip()), repr("éaé".strip("é")))
for w in ["hello world", "HELLO", "hELLo wOrLD", "ß straße", "they're bill's", "ǅungla", "123abc def"]:
    print(w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".startswith("l", 2), "hello".startswith("l", 2, 2))
print("hello".endswith("lo"), "hello".endswith(("a", "b")), "hello".endswith("ell", 0, 4), "hello".endswith("", 5))
print("banana".find("an"), "banana".find("an", 2), "banana".find("an", 2, 4), "banana".find("x"), "banana".rfind("an"))
print("banana".rfind("an", 0, 3), "banana".index("na"), "banana".rindex("na"), "banana".count("a"), "banana".count("an", 2))
print("banana".count(""), "".count(""), "banana".find(""), "banana".rfind(""), "banana".find("", 10))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"), "banana".replace("na", ""), "aaa".replace("a", "b", 0))
print("banana".replace("", "-", 3), "abc".replace("x", "y"))
for bad in [lambda: "banana".index("x"), lambda: "banana".rindex("q"), lambda: "abc".split("")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

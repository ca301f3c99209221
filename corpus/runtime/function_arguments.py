# Defaults, *args, keyword-only parameters and **kwargs, called directly,
# through a variable and by keyword.
def greet(name, greeting="hello", *rest, sep=", ", **extra):
    print(greeting + sep + name, rest, len(extra))

greet("bob")
greet("amy", "hi", 1, 2, sep="; ", x=1)
f = greet
f(name="zed")
args = ["kim", "hey"]
greet(*args, sep=" - ")

def kwonly(a, /, b, *, c=3):
    return a + b + c

print(kwonly(1, 2), kwonly(1, b=5), kwonly(1, 2, c=10))
for call in (lambda: kwonly(), lambda: kwonly(1, 2, 3), lambda: kwonly(a=1, b=2), lambda: kwonly(1, 2, d=4),
             lambda: kwonly(1, 2, b=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

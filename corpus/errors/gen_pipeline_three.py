# A three-level generator pipeline: the error in the innermost stage shows
# every stage's frame.
def source(n):
    for i in range(n):
        yield 10 - i

def invert(xs):
    for x in xs:
        yield 100 // (x - 7)

def label(xs):
    for i, x in enumerate(xs):
        yield f"{i}:{x}"

for item in label(invert(source(3))):
    print(item)
for item in label(invert(source(5))):
    print(item)

# Checklist 29: print(next(gen())) runs the temporary's finally first.
def gen(tag):
    try:
        yield tag + " value"
    finally:
        print("finally", tag)
print(next(gen("temp")))
print("next line")
x = [next(gen("in list"))]
print(x)

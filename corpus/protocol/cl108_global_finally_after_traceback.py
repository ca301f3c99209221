# Checklist 108: a suspended global generator's finally prints after the traceback.
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen()
next(g)
print("about to fail")
raise ValueError("boom")

# Checklist 110: sys.exit in a generator runs its finally; the message goes to stderr.
import sys
def gen():
    try:
        yield 1
        sys.exit("stopped inside the generator")
    finally:
        print("gen finally")
for x in gen():
    print("got", x)
print("not reached")

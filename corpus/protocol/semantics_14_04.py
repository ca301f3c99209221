# SEMANTICS.md §14 (Uncaught exceptions and exit status), example 4.
import sys
def gen():
    try: yield 1; sys.exit("stopped inside the generator")
    finally: print("gen finally")
for x in gen(): print("got", x)
print("not reached")

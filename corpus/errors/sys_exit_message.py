# sys.exit with a non-int, non-str object prints its str and exits 1.
import sys

def main(args):
    if not args:
        sys.exit(["usage:", "prog", "FILE"])
    return 0

print("starting")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
main([])

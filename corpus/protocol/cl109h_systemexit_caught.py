import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
print("continues")

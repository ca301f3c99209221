# An uncaught FileNotFoundError from open() in a helper: the message is
# exactly `FileNotFoundError: [Errno 2] No such file or directory: 'x'`
# (the relative name as given), the traceback names the script's frames,
# and the exit status is 1.  A caught one first, with its attributes.
import os

try:
    open("x")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, repr(e.filename), e.args)
try:
    open("missing_dir/x", "w")
except OSError as e:
    print(type(e).__name__, e)
print(os.path.exists("x"))


def read_config(name):
    with open(name) as f:
        return f.read()


print("before")
read_config("x")
print("not reached")

# contextlib.redirect_stdout sends print() to a file for the with body and
# restores sys.stdout afterwards, also when the body raises.
import os
import sys

from contextlib import redirect_stdout

path = "/tmp/yieldc_contextlib_redirect_stdout.txt"
with open(path, "w") as f:
    with redirect_stdout(f):
        print("into the file")
        print("line", 2)
    print("back on stdout")

try:
    with open(path, "a") as f:
        with redirect_stdout(f):
            print("third line")
            raise ValueError("inside")
except ValueError:
    print("restored:", sys.stdout is sys.__stdout__)

with open(path) as f:
    print(f.read(), end="")
os.remove(path)

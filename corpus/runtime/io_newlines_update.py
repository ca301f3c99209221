# open(): the newline parameter (universal newlines on reading, '\n'
# translation on writing), modes r+/w+/a+ reading and writing one file,
# and the mode attribute of every mode.
import os

path = "/tmp/yieldc_io_newlines_update.txt"
with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rlast")

for newline in (None, "", "\n", "\r\n", "\r"):
    with open(path, newline=newline) as f:
        print(repr(newline), [line for line in f])
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read()))
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError", e)

for newline in (None, "", "\n", "\r\n", "\r"):
    with open(path, "w", newline=newline) as f:
        f.write("a\nb\r\nc\rd")
    with open(path, "rb") as f:
        print("write", repr(newline), f.read())

with open(path, "w") as f:
    f.write("0123456789")
with open(path, "r+") as f:
    print(repr(f.read(3)), f.tell())
    f.seek(5)
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(repr(f.read()))
with open(path, "a+") as f:
    f.write("+more")
    f.seek(0)
    print(repr(f.read()))
with open(path, "rb+") as f:
    f.seek(2)
    f.write(b"__")
    f.seek(0)
    print(f.read())

modes = ["r", "rt", "w+", "r+", "a", "a+", "rb", "br", "wb", "ab", "r+b", "rb+", "w+b", "a+b", "+rb", "wt"]
for m in modes:
    with open(path, m) as f:
        print(m, f.mode, type(f).__name__, f.readable(), f.writable())
for m in ["x", "xb", "x+b", "x+"]:
    os.remove(path)
    with open(path, m) as f:
        print(m, f.mode, type(f).__name__)
for bad in ("rw", "rr", "q", "rtb", "", "r++"):
    try:
        open(path, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
os.remove(path)

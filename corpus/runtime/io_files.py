# open(): text and binary modes, read(n)/readline/readlines, line iteration, seek/tell, with, modes a and x, errors.
import os
name = "yieldc_io_files_test.txt"
bname = "yieldc_io_files_test.bin"
f = open(name, "w")
print(f.write("first line\n"), f.write("second\nthird"), f.closed, f.name, f.mode)
f.close()
print(f.closed)
f = open(name)
print(repr(f.read()))
f.close()
with open(name, "r") as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(name) as f:
    print(f.tell(), repr(f.read(3)), f.tell(), f.seek(0), repr(f.readline()), f.tell(), f.seek(11), repr(f.read(6)))
with open(name) as f:
    print([len(line) for line in f], f.closed)
print(f.closed)
with open(name, "a") as f:
    f.write("\nappended")
with open(name) as f:
    print(f.read().splitlines())
with open(name, "w") as f:
    f.write("overwritten")
print(open(name).read())
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError", e)
os.remove(name)
with open(name, "x") as f:
    f.write("made with x\n")
    f.writelines(["a\n", "b\n"])
print(open(name).read().split("\n"))
try:
    open("no_such_file_for_yieldc.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.errno, e.filename)
try:
    open(name, "r").write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(bname, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"), f.write(bytes([10, 20])))
with open(bname, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__, f.tell())
    f.seek(2)
    print(f.read(6), f.read(1), f.read(), f.read())
with open(bname, "ab") as f:
    f.write(b"tail")
with open(bname, "rb") as f:
    print(f.read()[-6:])
with open(name, "w") as f:
    print("via print", 42, file=f)
    print("second", end="!", file=f)
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    print(repr(f.read(2)), f.read())
print(os.path.exists(name), os.path.exists(bname))
os.remove(name)
os.remove(bname)
print(os.path.exists(name), os.path.exists(bname))
try:
    os.remove(name)
except FileNotFoundError as e:
    print("FileNotFoundError", e)

# open(): readline(size), readlines(hint), read(-1), read(None), binary
# line iteration, writelines of a generator, latin-1 and utf-8
# encodings, errors="replace"/"ignore"/"strict" when reading and writing,
# seek/tell in binary with whence, and the errors: wrong data type for
# the mode, operations on a closed text or binary file, directories,
# unknown encodings and error handlers, bad arguments for binary mode and
# for the sizes, undecodable bytes, non-seekable offsets.
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt")
with open(path, "w") as f:
    f.writelines(f"line {i}\n" for i in range(4))
with open(path) as f:
    print(repr(f.read(3)), repr(f.readline()), f.readlines()[:1], repr(f.read(-1)), repr(f.read(None)))
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)), repr(f.readline(-1)), f.readlines(3))
    print(f.readlines(0), f.errors)
with open(path) as f:
    print(f.readlines(7), f.readlines(None), f.readlines())
with open(path, "rb") as f:
    print(f.readline(2), f.readline(None), f.readline(-5), f.readlines(7), f.readlines(1))
with open(path, "rb") as f:
    print([line for line in f], f.tell())
    print(f.seek(-7, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(4), f.readlines())
with open(path, "ab") as f:
    f.writelines([b"bin ", bytearray(b"tail")])
with open(path, "rb") as f:
    print(f.readline(), f.read(2), f.readline(3), f.read()[-8:])

with open(path, "w", encoding="latin-1") as f:
    print(f.write("café ÿ"), f.encoding)
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
with open(path, "w", encoding="utf-8") as f:
    f.write("naïve\n")
with open(path, encoding="utf-8") as f:
    print(f.read(3), f.tell(), repr(f.read()))

f = open(path)
f.close()
g = open(path, "rb")
g.close()
w = open(path, "ab")
w.close()
attempts = [
    lambda: open(path, "w").write(b"bytes"),
    lambda: open(path, "wb").write("text"),
    lambda: open(path, "r").write("x"),
    lambda: open(path, "w").read(),
    lambda: f.read(),
    lambda: f.readline(),
    lambda: f.tell(),
    lambda: f.seek(0),
    lambda: next(iter(f)),
    lambda: f.write("x"),
    lambda: f.readlines(),
    lambda: f.readable(),
    lambda: g.read(),
    lambda: g.read(2),
    lambda: g.readline(),
    lambda: g.readlines(),
    lambda: next(g),
    lambda: g.seek(0),
    lambda: g.tell(),
    lambda: g.readable(),
    lambda: w.write(b"x"),
    lambda: open(path).readline("2"),
    lambda: open(path).readline(None),
    lambda: open(path).readline(size=1),
    lambda: open(path, "rb").readline("2"),
    lambda: open(path, "rb").readline(1, 2),
    lambda: open(path).readlines("x"),
    lambda: open(path, "rb").readlines(hint=1),
    lambda: open(path).read("5"),
    lambda: open(path, "rb").read(1.5),
    lambda: open(path, "rb", errors="replace"),
    lambda: open(path, errors=5),
    lambda: open(tmp),
    lambda: open(os.path.join(path, "under_a_file")),
    lambda: open(path, encoding="no-such-codec"),
    lambda: open(path, "rb", encoding="utf-8"),
    lambda: open(path, "rb", newline=""),
    lambda: open(path, "wb").writelines(["s"]),
    lambda: open(None),
    lambda: open(path, 5),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, "TMP"))

with open(path, "wb") as h:
    h.write(b"ok \xff\xfe bad")
try:
    with open(path, encoding="utf-8") as h:
        h.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
for errors in ("replace", "ignore", "strict", "backslashreplace", "bogus"):
    try:
        with open(path, encoding="utf-8", errors=errors) as h:
            print(repr(h.read()), h.errors)
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
with open(path, errors="replace") as h:
    print(repr(h.read(4)), repr(h.readline(2)), repr(h.read()))
with open(path, encoding="ascii", errors="ignore") as h:
    print(repr(h.readline()))
for errors in ("replace", "ignore", "xmlcharrefreplace", "backslashreplace", "strict"):
    try:
        with open(path, "w", encoding="ascii", errors=errors) as h:
            h.write("a\xe9b\u20ac")
        with open(path, "rb") as h:
            print(h.read())
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
with open(path) as h:
    try:
        h.seek(2, 1)
    except OSError as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(tmp)
print(os.path.exists(tmp))

# tempfile: gettempdir, mkstemp, mkdtemp, NamedTemporaryFile (delete on
# close, text and binary modes, suffix/prefix/dir) and TemporaryDirectory
# (with, cleanup, repr); names vary from run to run, so only their shape is
# printed.
import os
import tempfile

print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.tempdir)

fd, path = tempfile.mkstemp(suffix=".dat", prefix="yc_")
print(type(fd).__name__, os.path.basename(path).startswith("yc_"), path.endswith(".dat"),
      len(os.path.basename(path)), os.path.dirname(path) == tempfile.gettempdir())
print(os.write(fd, b"hello"))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

d = tempfile.mkdtemp(prefix="dir_")
print(os.path.isdir(d), os.path.basename(d)[:4], len(os.path.basename(d)))
os.rmdir(d)

with tempfile.NamedTemporaryFile() as f:
    name = f.name
    print(f.mode, os.path.exists(name), os.path.isabs(name))
    f.write(b"binary data\n")
    f.seek(0)
    print(f.read())
print("removed:", not os.path.exists(name))

with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as f:
    for i in range(3):
        f.write(f"line {i}\n")
    name = f.name
print(os.path.exists(name), name.endswith(".txt"))
with open(name) as f:
    print([line.rstrip() for line in f])
os.remove(name)

with tempfile.TemporaryDirectory(prefix="tree_") as tmp:
    print(type(tmp).__name__, os.path.basename(tmp)[:5], os.path.isdir(tmp))
    os.makedirs(os.path.join(tmp, "a", "b"))
    for rel in ("top.txt", "a/mid.txt", "a/b/deep.txt"):
        with open(os.path.join(tmp, rel), "w") as f:
            f.write(rel)
    inner = tempfile.NamedTemporaryFile(dir=tmp, delete=False)
    inner.close()
    print(os.path.dirname(inner.name) == tmp, sorted(n for n in os.listdir(tmp) if not n.startswith("tmp")))
print("tree removed:", not os.path.exists(tmp))

t = tempfile.TemporaryDirectory()
print(repr(t) == f"<TemporaryDirectory {t.name!r}>", os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

try:
    tempfile.mkstemp(dir="/nonexistent_yieldc_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename.startswith("/nonexistent_yieldc_dir/tmp"))


def scratch_files(n):
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            p = os.path.join(tmp, f"f{i}")
            with open(p, "w") as f:
                f.write("x" * i)
            yield os.path.getsize(p)


print(list(scratch_files(5)))

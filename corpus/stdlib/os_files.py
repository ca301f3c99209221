# os file-system calls: mkdir/makedirs/listdir/rename/rmdir/remove, getsize,
# exists/isfile/isdir/islink, chdir/getcwd, environ/getenv, and the
# OSError subclasses with CPython's messages.
import os

base = "/tmp/yieldc_os_files_test"
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)

os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.islink(base))
for name, text in (("a.txt", "alpha\n"), ("b.txt", "beta beta\n"), ("c.log", "")):
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
print(sorted(os.listdir(base)))
print([(n, os.path.getsize(os.path.join(base, n))) for n in sorted(os.listdir(base))])
os.rename(os.path.join(base, "c.log"), os.path.join(base, "d.log"))
print(sorted(n for n in os.listdir(base) if n.endswith(".log")))

try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.listdir(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    os.path.getsize(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    os.remove(base + "/nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    os.listdir(os.path.join(base, "a.txt"))
except NotADirectoryError as e:
    print("NotADirectoryError", e.strerror)

nested = os.path.join(base, "x", "y", "z")
os.makedirs(nested)
os.makedirs(nested, exist_ok=True)
try:
    os.makedirs(nested)
except FileExistsError as e:
    print("FileExistsError", e.strerror)
print(os.path.isdir(nested))
for d in (nested, os.path.dirname(nested), os.path.join(base, "x")):
    os.rmdir(d)

here = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir(here)
print(os.getcwd() == here)

for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))

print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ)
print(os.getenv("YIELDC_SURELY_UNSET_VARIABLE"), os.getenv("YIELDC_SURELY_UNSET_VARIABLE", "fallback"))
print(os.environ.get("YIELDC_SURELY_UNSET_VARIABLE", 7))
os.environ["YIELDC_SET_BY_SCRIPT"] = "yes"
print(os.getenv("YIELDC_SET_BY_SCRIPT"), os.environ["YIELDC_SET_BY_SCRIPT"])
print(os.getenv("PATH") == os.environ["PATH"], type(os.getpid()).__name__)
try:
    os.environ["YIELDC_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError", e)

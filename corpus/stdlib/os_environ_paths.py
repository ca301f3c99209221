# os.environ as a mapping (set, get, setdefault, pop, del, in, copy,
# updates seen by getenv) and its type and key errors; os.path.exists / isfile /
# isdir / getsize over files, directories and missing paths; listdir of a
# fresh directory; remove of a directory and of a missing file; getcwd
# is absolute.
import os
import tempfile

key = "YIELDC_ENV_TEST_KEY"
print(key in os.environ, os.environ.get(key), os.getenv(key, "dflt"))
os.environ[key] = "v1"
print(key in os.environ, os.environ[key], os.getenv(key))
print(os.environ.setdefault(key, "other"), os.environ.setdefault(key + "_2", "made"))
print(os.environ.pop(key + "_2"), os.environ.pop(key + "_2", "gone"))
os.environ.update({key: "v2"})
print(os.environ[key], type(os.environ.copy()).__name__, os.environ.copy()[key], type(os.environ).__name__)
print(repr(os.environ).startswith("environ({"), type(os.environ).__module__)
del os.environ[key]
print(key in os.environ, os.getenv(key))


def del_env(k):
    del os.environ[k]


def set_env(k, v):
    os.environ[k] = v


for attempt in (lambda: set_env(key, 5), lambda: set_env(5, "v"), lambda: os.environ.setdefault(key, 5),
                lambda: os.environ.update({key: 1.5}), lambda: os.environ.update(K=None), lambda: os.environ[5],
                lambda: 5 in os.environ, lambda: del_env(5), lambda: key in os.environ,
                lambda: os.environ[key], lambda: os.environ.pop(key), lambda: del_env(key), lambda: os.getenv(5)):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd), cwd == os.path.abspath("."))

with tempfile.TemporaryDirectory() as tmp:
    print(os.listdir(tmp))
    sub = os.path.join(tmp, "sub")
    os.mkdir(sub)
    data = os.path.join(sub, "f.bin")
    with open(data, "wb") as f:
        f.write(b"12345")
    for p in (tmp, sub, data, os.path.join(tmp, "nope")):
        rel = p[len(tmp) + 1:] or "."
        print(rel, os.path.exists(p), os.path.isfile(p), os.path.isdir(p))
    print(os.path.getsize(data), os.path.splitext(data)[1], os.path.basename(os.path.dirname(data)))
    print(sorted(os.listdir(tmp)), os.listdir(sub))
    for attempt in (lambda: os.remove(sub), lambda: os.remove(os.path.join(sub, "missing")),
                    lambda: os.path.getsize(os.path.join(tmp, "nope")), lambda: os.listdir(data),
                    lambda: os.mkdir(sub), lambda: os.rmdir(sub)):
        try:
            print(attempt())
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename[len(tmp) + 1:])
    os.remove(data)
    print(os.listdir(sub), os.path.exists(data))
print(os.path.exists(tmp))
for attempt in (lambda: os.path.exists(None), lambda: os.path.join("a", None),
                lambda: os.remove(None)):
    try:
        print(attempt())
    except TypeError as e:
        print(type(e).__name__, e)

# os.path's string functions (posixpath): join, split, basename, dirname,
# splitext, normpath, isabs, on ordinary and corner-case paths.
import os
import os.path
from os.path import join, splitext

cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "/a/b/", "a//b", "//a/b", "a/b/../c", "./a/./b",
         "../x", "/../x", "a/.hidden", ".bashrc", "..", "x.tar.gz", "dir.d/file", "a/b.", "...", "a/..b"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)),
          splitext(p), os.path.normpath(p), os.path.isabs(p))

print(join("a", "b", "c"))
print(join("a/", "b"), join("a", "/b", "c"), join("", "x"), join("x", ""), join("/"))
print(os.path.join(os.sep, "usr", "lib"))
print(os.sep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name)
for bad in ((1,), ("a", 2), ()):
    try:
        join(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.basename(3)
except TypeError as e:
    print("TypeError:", e)


def parents(path):
    while True:
        yield path
        head = os.path.dirname(path)
        if head == path:
            return
        path = head


print(list(parents("/usr/local/lib/python3")))
print(list(parents("a/b/c")))
print(os.path.abspath("/x/../y/./z"), os.path.abspath("") == os.getcwd(),
      os.path.abspath("q") == join(os.getcwd(), "q"))

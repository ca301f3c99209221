# hashlib: every guaranteed algorithm's digest/hexdigest of a few inputs,
# incremental update equal to one-shot hashing, copy() forking a state,
# name/digest_size/block_size, new() by name in any case, and errors.
import hashlib

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in sorted(hashlib.algorithms_guaranteed):
    if name.startswith("shake"):
        continue
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)
    for data in inputs:
        print(" ", hashlib.new(name, data).hexdigest())

for data in inputs:
    print(hashlib.sha256(data).digest()[:8], hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())

h = hashlib.sha256()
for chunk in (b"The quick ", b"brown fox ", b"jumps over the lazy dog"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(inputs[2]).hexdigest())
fork = h.copy()
fork.update(b"!")
print(h.hexdigest())
print(fork.hexdigest())
print(h.hexdigest() == h.hexdigest(), h.update(b"") is None)

print(hashlib.new("SHA256", b"abc").name, hashlib.new("Md5").hexdigest())
print(hashlib.sha512(string=b"abc").hexdigest()[:32], hashlib.new("sha384", data=b"abc").hexdigest()[:32])
print(hashlib.new("sha512_256", b"abc").hexdigest(), hashlib.new("sha512_224").digest_size)
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(b"abc").hexdigest())

sh = hashlib.shake_128(b"abc")
print(sh.name, sh.digest_size, sh.hexdigest(16), sh.digest(4), hashlib.shake_256(b"").hexdigest(8))
for f in (lambda: hashlib.sha256("text"), lambda: hashlib.sha256(5), lambda: hashlib.new("nope"),
          lambda: hashlib.new(5), lambda: hashlib.md5().update("x"), lambda: hashlib.md5().update(),
          lambda: hashlib.sha256(b"", b""), lambda: sh.hexdigest(), lambda: hashlib.sha1(data=b"")):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__, repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))

import tempfile

with tempfile.NamedTemporaryFile() as f:
    f.write(inputs[3])
    f.flush()
    f.seek(0)
    print(hashlib.file_digest(f, "sha256").hexdigest() == hashlib.sha256(inputs[3]).hexdigest())
    f.seek(0)
    print(hashlib.file_digest(f, hashlib.md5).hexdigest())

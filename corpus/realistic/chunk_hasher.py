# File hashing in chunks: write a few files into a temporary directory,
# read them back with a chunk generator, feed hashlib.sha256 incrementally,
# verify against one-shot digests and file_digest, and find duplicates.
import hashlib
import os
import tempfile
from collections import defaultdict
from functools import partial


def pseudo_bytes(n, seed):
    x = seed
    out = bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 23)
    return bytes(out)


def read_chunks(path, size=4096):
    with open(path, "rb") as f:
        while chunk := f.read(size):
            yield chunk


def read_chunks_iter(path, size=4096):
    with open(path, "rb") as f:
        yield from iter(partial(f.read, size), b"")


def digest_stream(chunks, algo="sha256"):
    h = hashlib.new(algo)
    total = 0
    for chunk in chunks:
        h.update(chunk)
        total += len(chunk)
    return h.hexdigest(), total


def hashing_reader(path, size, progress):
    """Yield chunks while keeping a running hash; the hash is the return value."""
    h = hashlib.sha256()
    for i, chunk in enumerate(read_chunks(path, size)):
        h.update(chunk)
        progress.append(len(chunk))
        yield chunk
    return h.hexdigest()


def hash_with_progress(src, size):
    progress = []
    digest = yield from hashing_reader(src, size, progress)
    return digest, progress


with tempfile.TemporaryDirectory() as tmp:
    files = {
        "empty.bin": b"",
        "small.txt": b"hello, generators\n",
        "random1.bin": pseudo_bytes(10000, 1),
        "random2.bin": pseudo_bytes(10000, 2),
        "copy.bin": pseudo_bytes(10000, 1),
        "exact.bin": bytes(range(256)) * 32,
    }
    for name, data in files.items():
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
    print("files:", sorted(os.listdir(tmp)))

    by_digest = defaultdict(list)
    for name in sorted(files):
        path = os.path.join(tmp, name)
        chunks = list(read_chunks(path, 4096))
        digest, size = digest_stream(chunks)
        one_shot = hashlib.sha256(files[name]).hexdigest()
        with open(path, "rb") as f:
            via_file_digest = hashlib.file_digest(f, "sha256").hexdigest()
        alt, _ = digest_stream(read_chunks_iter(path, 1000))
        print(f"{name:<12} {size:>6} bytes {len(chunks):>2} chunks {digest[:16]}… "
              f"ok={digest == one_shot == via_file_digest == alt}")
        by_digest[digest].append(name)

    dups = [names for names in by_digest.values() if len(names) > 1]
    print("duplicates:", dups)

    for algo in ("md5", "sha1", "blake2b", "sha3_256"):
        d, _ = digest_stream(read_chunks(os.path.join(tmp, "small.txt")), algo)
        print(f"{algo:>9}: {d}")

    src = os.path.join(tmp, "exact.bin")
    dst = os.path.join(tmp, "exact.copy")

    def copier():
        with open(dst, "wb") as out:
            gen = hashing_reader(src, 3000, progress)
            while True:
                try:
                    out.write(next(gen))
                except StopIteration as stop:
                    return stop.value

    progress = []
    digest = copier()
    print("copy progress:", progress, "digest matches:", digest == hashlib.sha256(files["exact.bin"]).hexdigest())
    with open(dst, "rb") as f:
        print("copy identical:", f.read() == files["exact.bin"])

    gen = hash_with_progress(src, 5000)
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        digest, prog = stop.value
        print("yield from digest:", digest[:24], "chunks:", prog)

    partial_reader = read_chunks(os.path.join(tmp, "random1.bin"), 256)
    head = next(partial_reader)
    partial_reader.close()
    print("first chunk:", len(head), head[:8].hex(), "sha256/8:", hashlib.sha256(head).hexdigest()[:8])
    print("left behind:", sorted(os.listdir(tmp)))

print("temp dir removed:", not os.path.exists(tmp))

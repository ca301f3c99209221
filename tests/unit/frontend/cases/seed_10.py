from functools import partial

def read_chunks(path, size=8192):
    with open(path, "rb") as f:
        for chunk in iter(partial(f.read, size), b""):
            yield chunk

def sha256_of_file(path):
    import hashlib
    h = hashlib.sha256()
    for chunk in read_chunks(path):
        h.update(chunk)
    return h.hexdigest()

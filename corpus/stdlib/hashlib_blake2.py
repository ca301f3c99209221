# hashlib.blake2b/blake2s: default digests, digest_size, key (MAC), salt,
# person and tree parameters, copy(), and their argument errors.
import hashlib

for cls in (hashlib.blake2b, hashlib.blake2s):
    h = cls()
    print(h.name, h.digest_size, h.block_size, type(h).__name__)
    print(cls(b"abc").hexdigest())
    print(cls(b"abc", digest_size=16).hexdigest())
    print(cls(b"abc", key=b"secret key").hexdigest())
    print(cls(b"abc", salt=b"salty", person=b"me").hexdigest())
    print(cls(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
    print(cls(b"abc", fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1, inner_size=16,
              last_node=True).hexdigest())
    g = cls(key=b"k")
    g.update(b"a")
    c = g.copy()
    g.update(b"bc")
    print(g.hexdigest() == cls(b"abc", key=b"k").hexdigest(), c.hexdigest() == cls(b"a", key=b"k").hexdigest())
    print(hashlib.new(h.name, b"abc").hexdigest() == cls(b"abc").hexdigest())
    for kwargs in ({"digest_size": 0}, {"digest_size": 65}, {"key": b"x" * 65}, {"salt": b"x" * 17},
                   {"person": b"x" * 17}, {"key": "text"}):
        try:
            cls(**kwargs)
            print("accepted", sorted(kwargs))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for args in (("text",), (b"", b"")):
        try:
            cls(*args)
        except TypeError as e:
            print("TypeError", e)


def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]


data = bytes(range(256)) * 40
h = hashlib.blake2b(digest_size=32)
for piece in chunks(data, 100):
    h.update(piece)
print(h.hexdigest() == hashlib.blake2b(data, digest_size=32).hexdigest(), h.hexdigest())

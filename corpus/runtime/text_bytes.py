# bytes and bytearray: literals, repr, indexing, slicing, operators, methods, str.encode, errors.
b = b"hello\x00\xff\n'\""
print(b, repr(b"it's"), repr(b'say "hi"'), b"", bytes(), bytes(3), bytes([65, 66, 0]), bytes(range(5)), bytes("é", "utf-8"))
print(b[0], b[-1], b[1:4], b[::-1][:3], len(b), list(b"abc"), [x for x in b"\x01\x02"], b"ab"[5:], type(b[0]).__name__)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"-", b"a" in b"cat", 97 in b"cat", b"" in b"x", b"ab" == b"ab", b"ab" < b"b", b"ab" != bytearray(b"ab"))
print(b"a,b,,c".split(b","), b"  x y ".split(), b"a b".split(maxsplit=0), b"-".join([b"a", b"bc", bytearray(b"d")]), b"xxhixx".strip(b"x"), b"  pad ".lstrip(), b" pad  ".rstrip())
print(b"aXbXc".replace(b"X", b"--"), b"aXbX".replace(b"X", b"", 1), b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"z")), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".index(b"e"))
print(b"banana".count(b"a"), b"banana".count(b"an"), b"MiXeD".upper(), b"MiXeD".lower(), b"abc".hex(), b"\x00\xff".hex(), b"abc".hex(":"), bytes.fromhex("41 42 ff"), bytes.fromhex(""))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), b"x y".title(), b"ab".capitalize(), b"a\tb".isalpha(), b"12".isdigit(), b"  ".isspace())
s = "héllo €"
e = s.encode()
print(e, len(e), e.decode(), len(e.decode()), "abc".encode("ascii"), "ü".encode("latin-1"), type(e).__name__, e[1], "x".encode() + b"y")
print(len("ab".encode()), "ab".encode().decode().upper(), "€".encode("utf-8").hex(), "sub".encode().replace(b"u", b"a").decode(), len(s.encode("utf-8")))
for bad in [lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: b"a" + "b", lambda: b"ab"[5], lambda: bytes([256]), lambda: bytes.fromhex("zz"), lambda: b"abc".index(b"q")]:
    try:
        bad()
    except (UnicodeError, TypeError, IndexError, ValueError) as err:
        print(type(err).__name__, err)
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.extend([103, 104]); ba[0] = 65; ba[-1] = ord("H")
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), ba.decode(), type(ba[1:3]).__name__, bytearray(), bytearray(2), bytearray([1, 2]))
ba[1:3] = b"XYZ"; print(ba)
del ba[0]; del ba[-2:]; print(ba)
print(ba.pop(), ba.pop(0), ba, ba.upper(), ba + b"!", b"!" + ba, ba * 2, ba == b"YZdef"[:len(ba)], ba.find(b"d"))
ba.insert(0, 33); ba.remove(33); ba.reverse(); print(ba, ba.count(b"e"), ba.hex(), ba.replace(b"e", b"E"), ba.split(b"e"))
c = ba.copy(); c.clear(); print(c, ba, bytearray(b"x") in [bytearray(b"x")], bytearray("hi", "ascii"))
def set_negative():
    ba[0] = -1
def set_in_bytes():
    frozen = b"x"
    frozen[0] = 1
for bad in [lambda: ba.append(300), set_negative, lambda: bytearray().pop(), lambda: ba.remove(0), set_in_bytes]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as err:
        print(type(err).__name__, err)
print([bytes([i]) for i in range(30, 34)], b"\x7f\x80", b"\\", b"\t\r", bytes(b"copy"), b"a".join([]))
print(sorted([b"b", b"a", b"ab"]), max(b"zebra"), sum(b"\x01\x02\x03"), b"x" * 0, bytes(reversed(b"abc")), hash(b"ab") == hash(b"ab"))
total = 0
for byte in "naïve".encode():
    total += byte
print(total, "naïve".encode().decode("utf-8", "replace"), b"na\xefve".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), b"a\xffb".decode("ascii", "ignore"))

# str code-point semantics with non-ASCII text: len, indexing, slicing with steps, iteration, ord/chr, in, *, comparisons.
s = "héllo wörld ☃ 𝄞!"
print(len(s), s[0], s[1], s[-1], s[-2], s[-3])
print(s[1:4], s[::2], s[::-1], s[-5:], s[:-5], s[10:2:-2], s[100:], s[-100:3])
print(s[::3], s[1::-1], s[5:5], s[::-3])
for ch in "añ☃𝄞":
    print(ch, ord(ch), hex(ord(ch)))
print(chr(233), chr(0x2603), chr(0x1D11E), chr(65))
print("ö" in s, "wör" in s, "x" in s, "" in s)
print("ab" * 3, 2 * "é", "x" * 0, "x" * -1)
print("a" < "b", "é" > "z", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print("abc" == "abc", "abc" != "abd", "é" >= "é", "𝄞" > "☃")
print(sorted(["é", "e", "z", "É", "ä", "a"]))
print(list("añ𝄞"), tuple("xy"))
print(max("hello"), min("hello"), "".join(reversed("añ𝄞")))
print(s.find("ö"), s.index("☃"), s.rfind("l"), s.count("l"))
print(str(12), str(1.5), str(None), str(True), str([1, "a"]))
t = "día"
print(t.upper(), t.encode("utf-8"), len(t.encode("utf-8")))

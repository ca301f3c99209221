# json strings both ways: ensure_ascii (the default: \uXXXX escapes in
# lower-case hex, surrogate pairs beyond the BMP) and ensure_ascii=False
# (characters kept, only controls escaped), the short escapes, every
# control character, DEL, keys escaped like values; loads of every escape,
# \u surrogate pairs joined, upper-case hex, raw non-ASCII text, and
# round trips of tricky strings.
import json

samples = ["plain", "quote \" backslash \\ slash /", "\b\f\n\r\t", "\x00\x01\x1f\x7f", "café", "日本語",
           "emoji 🐍 and 𝄞", "\u2028\u2029", "\ufeff BOM", "mixed é\n😀\x00", ""]
for s in samples:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"ключ": ["значение", "😀"]}))
print(json.dumps({"ключ": ["значение", "😀"]}, ensure_ascii=False))
print(json.dumps({"\n": "\t"}, indent=1, ensure_ascii=False))
print(json.dumps("".join(chr(c) for c in range(32))))
print(json.dumps("".join(chr(c) for c in range(32)), ensure_ascii=False))
print(json.dumps("\U0010ffff\U00010000\uffff\u0800\u07ff\u0080"))
print(json.dumps(["a" * 3, "é" * 3], ensure_ascii=0), json.dumps("é", ensure_ascii=1))

escapes = r'"\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u00E9 \u20ac \ud83d\ude00 \uD834\uDD1E \u0000"'
decoded = json.loads(escapes)
print(repr(decoded), len(decoded))
print(repr(json.loads('"raw é 日本 😀 text"')), repr(json.loads('["\\u0001", "\\u001F", "\\u007f"]')))
print(json.loads('{"k\\u00e9y": "v\\nalue"}'))
print(repr(json.loads('"\\\\u0041"')), repr(json.loads('"\\"\\""')))

for s in samples + ["".join(chr(c) for c in range(0, 0x3000, 7)), "\U0001f600" * 3]:
    for ascii_only in (True, False):
        assert json.loads(json.dumps(s, ensure_ascii=ascii_only)) == s, s
print("round trips ok")

# Positions in errors count characters, not bytes.
for doc in ['"é" x', '["日本", @]', '{"😀": 1 2}', '"é\x01"', '"日本\\q"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.colno)

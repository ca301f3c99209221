# json.loads: every construct (objects, arrays, strings, ints, floats in
# every form, true/false/null, NaN/Infinity/-Infinity), whitespace
# everywhere, duplicate keys (the last wins, in the first one's place),
# big ints exactly, floats as float() reads them, bytes and bytearray
# input, and every hook: object_hook, object_pairs_hook (which wins over
# object_hook), parse_float, parse_int, parse_constant, strict=False, and
# a cls called with them.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


docs = ['{}', '[]', '""', '0', '-0', '-0.0', '1', '-12', '3.25', '1e3', '1E+3', '1e-3', '-2.5E-2', '0.000001',
        '123456789012345678', '1234567890123456789', '-9223372036854775809', '1' + '0' * 60,
        '3.141592653589793238462643383279', '1e308', '1e309', '-1e309', '5e-324', '2e-400', '0.1e1',
        'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        ' \t\n\r [ 1 , 2 ,\n 3 ] \n', '{"a" : 1 , "b":[ true,false , null ] }', '[[[[]]], {}, [{}]]',
        '{"nested": {"deeper": {"deepest": [1, "x", {"k": -1.5}]}}}', '["a", "b\\"c", ""]']
for doc in docs:
    value = json.loads(doc)
    print(repr(doc), "->", repr(value), type(value).__name__)

print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(list(json.loads('{"z": 0, "y": 1, "z": 2}').items()))
big = json.loads("[" + str(3 ** 300) + ", " + str(-(7 ** 150)) + "]")
print(big[0] == 3 ** 300, big[1] == -(7 ** 150), json.dumps(big) == json.dumps([3 ** 300, -(7 ** 150)]))
for text in ["0.1", "2.2250738585072014e-308", "1.7976931348623157e308", "9007199254740993", "123.456e-7"]:
    print(text, json.loads(text) == float(text), repr(json.loads("[" + text + "]")[0]))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"array"')), json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('"caf\u00e9"'.encode()), json.loads(b'"\xe6\x97\xa5"'))

# Hooks.
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"x": 1, "x": 2}, {}]', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"k": {"j": 0}}', object_pairs_hook=tuple, object_hook=lambda d: "unused"))
print(json.loads('[1.5, 2, 1e2, -0.0]', parse_float=lambda s: ("float", s)))
print(json.loads('[1.5, 2, -30, 0]', parse_int=lambda s: ("int", s)))
print(json.loads('[1, 2.5]', parse_int=float, parse_float=str))
print(json.loads('[1, 2.5]', parse_int=int, parse_float=float))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: "<" + s + ">"))
print(json.loads('{"a": NaN}', parse_constant=len))
print(json.loads('[1]', object_hook=None, parse_float=None, parse_int=None, parse_constant=None))
print(json.loads('[0, 1.0]', parse_int=0, parse_float=""))


class Tagged:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        return f"Tagged({self.d})"


def revive(d):
    return Tagged(d) if d.get("__tagged__") else d


print(json.loads('[{"__tagged__": true, "v": 1}, {"v": 2}]', object_hook=revive))
order = []
json.loads('{"a": {"b": {}}, "c": {}}', object_hook=lambda d: order.append(list(d)) or d)
print(order)
show("hook raises", lambda: json.loads('{"a": 1}', object_hook=lambda d: d["missing"]))
show("parse_int raises", lambda: json.loads('[1, 2]', parse_int=lambda s: int(s) // 0))
show("hook not callable", lambda: json.loads('{}', object_hook=5))

# strict=False lets control characters into strings.
print(repr(json.loads('"tab\there\nnewline\x00nul"', strict=False)))
print(repr(json.loads('{"a\tb": "c\rd"}', strict=0)))
show("strict", lambda: json.loads('"tab\there"'))
show("strict=True", lambda: json.loads('"\x1f"', strict=True))


class Decoder:
    def __init__(self, **kw):
        print("Decoder got", sorted(kw))
        self.kw = kw

    def decode(self, s):
        return ("decoded", s)


print(json.loads('[1]', cls=Decoder))
print(json.loads(b'[2]', cls=Decoder, object_hook=dict, parse_int=int, strict=False))

# Argument errors.
show("not a document", lambda: json.loads(5))
show("list", lambda: json.loads(["[]"]))
show("None", lambda: json.loads(None))
show("unknown keyword", lambda: json.loads("[]", colour="red"))
show("two positionals", lambda: json.loads("[]", None))
show("no argument", lambda: json.loads())
show("invalid utf-8", lambda: json.loads(b'"\xff"'))

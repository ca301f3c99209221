# json.JSONDecodeError: every message the scanner gives, at the position
# CPython reports (char offset, line and column across newlines), its
# attributes (msg, doc, pos, lineno, colno, args), that it is a ValueError
# caught as either, constructing one directly, and an uncaught one's
# traceback line, `json.decoder.JSONDecodeError: ...`, and subclasses
# inheriting or extending its __init__.
import json

bad = ['', ' ', 'x', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[1 2]', '[,1]', '{"a"}', '{"a":}', '{"a" 1}',
       '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '{"a":1', '"abc', '"abc\\', '"\\x"', '"\\u12"',
       '"\\u12g4"', '"\\ud834\\u12"', '"\\ud834\\uzzzz"', '"\\u', '"a\tb"', '"\x00"', '1 2', '[] []', '{}x',
       'nul', 'tru', 'True', 'None', 'nan', 'inf', '-', '-x', '+1', '01', '1.', '.5', '1e', '1e+', '1.5e', '-Inf',
       'NaNa', '[1]]', '\ufeff[1]', '[\n  1,\n  2\n  3\n]', '{\n "a": 1,\n\n "b" 2}', 'line1\nline2',
       '\n\n   @', '[1,\n\n]', '"multi\nline"']
for doc in bad:
    try:
        print("unexpectedly decoded", repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc).ljust(24), type(e).__name__, e)
        assert (e.msg, e.doc, e.pos) == (e.msg, doc, e.pos) and e.args == (str(e),)
        print(" " * 24, repr(e.msg), e.pos, e.lineno, e.colno)

try:
    json.loads('[1, 2, oops]')
except ValueError as e:
    print("as ValueError:", type(e).__name__, isinstance(e, ValueError), isinstance(e, json.JSONDecodeError))
    print(repr(e))
    print(e.__suppress_context__, e.__cause__, e.__context__)
try:
    json.loads('{"a": 1 "b"}')
except json.JSONDecodeError as e:
    print(e.__suppress_context__, e.__context__)
try:
    json.loads(b'[1, 2')
except Exception as e:
    print(type(e).__name__, e, repr(e.doc))

print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError)
e = json.JSONDecodeError("Custom problem", "first\nsecond\nthird", 14)
print(e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
print(json.JSONDecodeError("At start", "", 0))
try:
    raise json.JSONDecodeError("Raised by hand", '{"x": 1}', 3)
except ValueError as caught:
    print(type(caught).__name__, caught)
for args in [("only msg",), ("msg", "doc"), ("msg", "doc", 1, 2)]:
    try:
        json.JSONDecodeError(*args)
    except TypeError as te:
        print(type(te).__name__, te)



class Detailed(json.JSONDecodeError):
    def __init__(self, msg, doc, pos, extra):
        super().__init__(msg, doc, pos)
        self.extra = extra


class Plain(json.JSONDecodeError):
    pass


for error in (Detailed("Subclassed", "ab\ncd", 4, "more"), Plain("Inherited", "x\ny\nz", 4)):
    try:
        raise error
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.lineno, e.colno, getattr(e, "extra", None), isinstance(e, ValueError))
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__qualname__)


def documents():
    yield '{"ok": 1}'
    yield '{"ok": 2,}'
    yield '{"ok": 3}'


for doc in documents():
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print("skipping:", e)

json.loads('{"unterminated": [1, 2}')

#!/usr/bin/env python3
"""Writes bytes_cases.inc for bytes_test.cpp: bytes and bytearray repr,
operators, indexing, slicing, methods and decode(), each with what CPython
3.11 gives, plus checksums of decoding many malformed UTF-8 sequences.

Run from this folder with the reference interpreter:  python3 gen_bytes_cases.py
"""
import sys

from python_cases import case_lines, fnv1a64, write_inc

CASES = [
    # ---- repr, str, len, iteration, hash
    "b'ab\\x00\\xff\\'\"'", "b\"'\"", "b'\"'", "b'\\t\\n\\r\\\\\\x7f\\x1f '", "bytearray(b\"'\\\"\")",
    "bytearray()",
    "bytearray(b'abc')", "str(b'a')", "str(bytearray(b'a'))", "repr(b'')", "len(b'abc')",
    "len(bytearray(b'abc'))",
    "list(b'abc')", "list(bytearray(b'abc'))", "list(b'')", "hash(b'a') == hash(b'a')", "hash(bytearray())",
    # ---- operators
    "b'a' + b'b'", "b'a' + bytearray(b'b')", "bytearray(b'a') + b'b'", "b'a' + 'a'", "bytearray(b'a') + 'a'",
    "b'a' + 1", "'a' + b'a'", "b'a' * 3", "3 * b'a'", "b'a' * -1", "b'a' * True", "b'' * 3",
    "bytearray(b'a') * 2",
    "b'a' * 'a'", "b'ab' * 2**62", "b'a' * 2**63", "b'a' == bytearray(b'a')", "b'a' == 'a'", "b'a' != 'a'",
    "bytearray(b'a') == bytearray(b'a')", "b'ab' < b'abc'", "b'ab' < bytearray(b'b')",
    "bytearray(b'ab') <= b'ab'",
    "b'\\xff' > b'a'", "b'a' < 'a'", "b'a' >= 1",
    # ---- in
    "98 in b'abc'", "b'bc' in b'abc'", "bytearray(b'bc') in b'abc'", "b'bc' in bytearray(b'abc')",
    "True in b'\\x01'",
    "b'' in b'abc'", "100 in b'abc'", "'a' in b'a'", "256 in b'a'", "-1 in b'a'", "'x' in bytearray(b'a')",
    "1.5 in b'a'",
    # ---- indexing and slicing
    "b'abc'[-1]", "b'abc'[0]", "b'abc'[1:2]", "b'abc'[::2]", "b'abc'[::-1]", "bytearray(b'abc')[1:]",
    "bytearray(b'abc')[1]", "b'a'[5]", "b'a'[1.5]", "bytearray(b'a')[5]", "bytearray(b'a')[1.5]",
    "b'abc'[10**30]",
    "b'abc'[::0]", "b'abc'['x':]",
    # ---- bytearray item and slice assignment, deletion
    "ba = bytearray(b'abc'); ba[0] = 65; ba", "ba = bytearray(b'abc'); ba[-1] = True; ba",
    "ba = bytearray(b'a'); ba[0] = 256; ba", "ba = bytearray(b'a'); ba[0] = 'a'; ba",
    "ba = bytearray(b'a'); ba[5] = 1; ba",
    "ba = bytearray(b'a'); ba[1.5] = 1; ba", "ba = bytearray(b'a'); ba['x'] = 'y'; ba",
    "ba = bytearray(b'a'); ba[5] = 'y'; ba",
    "b = b'a'; b[0] = 1; b", "ba = bytearray(b'abc'); ba[0:1] = b'xyz'; ba",
    "ba = bytearray(b'abc'); ba[1:] = [1, 2]; ba",
    "ba = bytearray(b'abc'); ba[::2] = b'xy'; ba", "ba = bytearray(b'abc'); ba[::2] = b'xyz'; ba",
    "ba = bytearray(b'abc'); ba[::-1] = ba; ba", "ba = bytearray(b'abc'); ba[0:1] = ba; ba",
    "ba = bytearray(b'abc'); ba[0:1] = 5; ba", "ba = bytearray(b'abc'); ba[0:1] = 'x'; ba",
    "ba = bytearray(b'abc'); ba[0:1] = None; ba", "ba = bytearray(b'abc'); ba[0:1] = [256]; ba",
    "ba = bytearray(b'abc'); ba[0:1] = ['a']; ba", "ba = bytearray(b'abc'); ba[2:1] = b'z'; ba",
    "ba = bytearray(b'abc'); del ba[0]; ba", "ba = bytearray(b'abc'); del ba[5]; ba",
    "ba = bytearray(b'abc'); del ba['x']; ba",
    "ba = bytearray(b'abcdef'); del ba[::2]; ba", "ba = bytearray(b'abcdef'); del ba[-1:0:-2]; ba",
    "ba = bytearray(b'abcdef'); del ba[1:3]; ba", "b = b'a'; del b[0]; b",
    # ---- find family
    "b'hello'.find(b'l')", "b'hello'.rfind(b'l')", "b'hello'.find(b'z')", "b'hello'.find(b'l', 3)",
    "b'hello'.find(b'l', -2, -1)", "b'a'.count(97)", "b'a'.find(97)", "b'aba'.rfind(97)", "b'aba'.index(98)",
    "b'a'.find(b'a', None, None)", "b'a'.find(-1)", "b'a'.find(True)", "b'abc'.find(b'', 3)",
    "b'abc'.find(b'', 4)",
    "b'aaaa'.count(b'aa')", "b'abc'.count(b'')", "b'abc'.count(b'', 5)", "bytearray(b'abab').count(b'ab', 1)",
    "b'a'.find('a')", "b'a'.find(256)", "b'a'.count('a')", "b'a'.index(b'z')", "bytearray(b'a').index(b'z')",
    "b'a'.rindex(b'z')", "b'a'.find(b'a', 'x')", "b'a'.find(1.5)", "b'a'.find()", "b'a'.count()",
    "b'a'.find(b'a', 1, 2, 3)", "b'a'.find(sub=b'a')", "bytearray(b'a').count(x=1)",
    # ---- startswith / endswith
    "b'hello'.startswith(b'he')", "b'hello'.endswith(b'lo')", "b'hello'.startswith(b'l', 2)",
    "b'a'.startswith(bytearray(b'a'))", "b'a'.endswith((b'a', bytearray(b'b')))",
    "b'a'.endswith((b'x', b'y'))",
    "b'abc'.startswith(b'', 4)", "b'abc'.endswith(b'b', 0, -1)", "b'a'.startswith('a')",
    "b'a'.startswith(('a',))",
    "b'a'.startswith(b'a', 'x')", "b'a'.startswith(b'a', 1.5)", "b'a'.startswith()", "b'a'.endswith(1)",
    "bytearray(b'a').startswith(prefix=b'a')",
    # ---- split / rsplit
    "b'abc'.split()", "b' a  b '.split(None, 1)", "b'a,b'.split(b',')", "b'a,b'.rsplit(b',', 1)",
    "b' \\t\\n\\r\\x0b\\x0c\\x1c a \\x1c'.split()", "b'a  b  c'.rsplit(maxsplit=1)", "b''.split()",
    "b''.split(b',')",
    "bytearray(b'a').split()", "bytearray(b' a b ').split()", "bytearray(b'a,b').split(bytearray(b','))",
    "b'a'.split(maxsplit=2, sep=None)", "b'a'.split(x=1)", "b'a'.split('a')", "b'a'.split(b'')",
    "b'a'.split(sep=1)",
    "b'a'.split(b'a', 1, 2)", "b'a'.split(1)", "b'a b'.split(maxsplit='x')",
    # ---- join
    "b','.join([b'a', bytearray(b'b')])", "bytearray(b'a').join([b'a'])", "b''.join([])",
    "b'-'.join((b'x',))",
    "b','.join(iter([b'a', b'b']))", "b'a'.join([1])", "b'a'.join(['a'])", "b'a'.join()", "b'a'.join(1)",
    # ---- strip
    "b' \\t\\n\\r\\x0b\\x0c\\x1c a \\x1c'.strip()", "b'\\xa0a\\xa0'.strip()", "b'  a  '.lstrip()",
    "b'  a  '.rstrip()", "b'xyaxy'.strip(b'yx')", "b'a'.lstrip(None)", "b'a'.rstrip(bytearray(b'a'))",
    "bytearray(b' a ').strip()", "b'a'.strip('a')", "b'a'.strip(1)", "b'a'.strip(b'a', b'b')",
    "b'a'.strip(chars=b'a')",
    # ---- replace
    "b'aaaa'.replace(b'aa', b'b')", "b'aaaa'.replace(b'aa', b'b', 1)", "b'abc'.replace(b'', b'-')",
    "b'abc'.replace(b'', b'-', 2)", "bytearray(b'abc').replace(b'b', b'')", "b'a'.replace('a', b'b')",
    "b'a'.replace(b'a', 1)", "b'a'.replace(1, b'b')", "b'a'.replace()", "b'a'.replace(b'a', b'b', count=1)",
    "b'a'.replace(b'a', b'b', 'x')",
    # ---- case, hex
    "b'abc'.upper()", "b'\\xe9A'.lower()", "bytearray(b'a').upper()", "b'aBc\\xff'.upper()", "b'a'.upper(1)",
    "b'a'.lower(x=1)", "bytearray(b'a').lower(1)",
    "b'abc'.hex()", "b''.hex()", "bytearray(b'a').hex()", "b'abc'.hex(':')", "b'abc'.hex(':', 2)",
    "b'abcde'.hex(':', -2)", "b'abc'.hex(b':')", "b'a'.hex(':')", "b'abc'.hex(':', 0)", "b'a'.hex('x')",
    "b'a'.hex(sep=':')", "b'abc'.hex(bytes_per_sep=2)", "b'abc'.hex('::')", "b'abc'.hex('')",
    "b'ab'.hex('é')",
    "b'a'.hex(1)", "b'a'.hex(1, 2, 3)", "b'a'.hex(x=1)", "b'ab'.hex(':', 2**40)",
    "b'\\x00\\xff\\x10'.hex(' ', 1)",
    "b'hello wORLD 1x'.title()", "b'hello wORLD'.capitalize()", "b'aBc\\xe9'.swapcase()", "b''.title()",
    "bytearray(b'ab cd').title()", "b'\\xe9a'.capitalize()", "b'a'.title(1)", "b'a'.swapcase(x=1)",
    # ---- is*() tests
    "b'abc'.isalpha()", "b'ab1'.isalpha()", "b''.isalpha()", "b'\\xe9'.isalpha()", "b'123'.isdigit()",
    "b'12a'.isdigit()", "b'a1'.isalnum()", "b'a 1'.isalnum()", "b' \\t\\n\\r\\x0b\\x0c'.isspace()",
    "b' \\xa0'.isspace()", "b''.isspace()", "b'AB1'.isupper()", "b'Ab'.isupper()", "b'1'.isupper()",
    "b'ab1'.islower()", "b'aB'.islower()", "b''.islower()", "bytearray(b'X').isupper()", "b'a'.isalpha(1)",
    # ---- bytearray mutation
    "ba = bytearray(b'a'); ba.append(98); ba", "ba = bytearray(b'a'); ba.append(True); ba",
    "bytearray(b'a').append(256)", "bytearray(b'a').append('a')", "bytearray(b'a').append()",
    "bytearray(b'a').append(x=1)", "ba = bytearray(b'a'); ba.extend(b'bc'); ba",
    "ba = bytearray(b'a'); ba.extend(bytearray(b'bc')); ba", "ba = bytearray(b'a'); ba.extend(range(3)); ba",
    "ba = bytearray(b'a'); ba.extend((1, 2)); ba", "ba = bytearray(b'ab'); ba.extend(ba); ba",
    "bytearray(b'a').extend('bc')", "bytearray(b'a').extend([1.5])", "bytearray(b'a').extend(1)",
    "bytearray(b'a').extend([256])", "ba = bytearray(b'a'); ba.extend([1, 256]); ba",
    "bytearray(b'a').extend()",
    "bytearray(b'a').pop()", "bytearray(b'abc').pop(-1)", "bytearray(b'abc').pop(True)",
    "bytearray(b'abc').pop(0)",
    "ba = bytearray(b'abc'); ba.pop(1); ba", "bytearray().pop()", "bytearray(b'a').pop(5)",
    "bytearray(b'abc').pop(-4)", "bytearray(b'a').pop('a')", "bytearray(b'a').pop(1, 2)",
    "bytearray(b'a').pop(x=1)",
    "b'a'.append(1)",
    "ba = bytearray(b'ac'); ba.insert(1, 98); ba", "ba = bytearray(b'a'); ba.insert(-5, 98); ba",
    "ba = bytearray(b'a'); ba.insert(9, 98); ba", "bytearray(b'a').insert(0, 256)", "bytearray(b'a').insert(0)",
    "bytearray(b'a').insert('x', 1)", "ba = bytearray(b'abca'); ba.remove(97); ba", "bytearray(b'a').remove(98)",
    "bytearray(b'a').remove(300)", "bytearray(b'a').remove()", "ba = bytearray(b'abc'); ba.reverse(); ba",
    "ba = bytearray(b'ab'); c = ba.copy(); c.append(99); (ba, c)", "ba = bytearray(b'ab'); ba.clear(); ba",
    "bytearray(b'a').clear(1)", "bytearray(b'a').copy(1)", "b'a'.insert(0, 1)", "b'a'.clear()",
    # ---- decode
    "b'a'.decode()", "b'a'.decode('ascii')", "b'a\\xe9'.decode('latin-1')", "b'a\\xe9'.decode('latin1')",
    "b'a\\xe9'.decode('iso-8859-1')", "b'a\\xe9'.decode('ISO8859-1')", "b'a\\xe9'.decode('L1')",
    "b'a'.decode('UTF8')", "b'a'.decode('utf_8')", "b'a'.decode('U8')", "b'a'.decode('utf')",
    "b'a'.decode('US-ASCII')", "b'a'.decode('646')", "b'a'.decode('cp65001')", "b'a'.decode('latin')",
    "b'a'.decode('cp819')", "b'a'.decode('8859')", "b'a'.decode(' utf-8 ')", "b'a'.decode('utf 8')",
    "b'a'.decode('Utf-8')", "bytearray(b'\\xc3\\xa9').decode()", "b'\\xf0\\x9f\\x98\\x80'.decode()",
    "b'\\xff'.decode()", "b'\\xff\\xfe'.decode('ascii')", "b'\\xe2\\x82'.decode()", "b'\\xe2a'.decode()",
    "b'\\xe2\\x82a'.decode()", "b'\\xed\\xa0\\x80'.decode()", "b'\\xf4\\x90\\x80\\x80'.decode()",
    "b'\\xc0\\x80'.decode()",
    "b'\\xe0\\x80\\x80'.decode()", "b'\\xf0\\x80\\x80\\x80'.decode()", "b'ab\\xe2\\x82'.decode()",
    "b'\\xf0\\x9f\\x98'.decode()", "b'\\xf0\\x9f'.decode()", "b'\\xf0'.decode()", "b'\\xf0\\x9fa'.decode()",
    "b'\\xf0\\x9f\\x98a'.decode()", "b'\\xe9'.decode('ASCII')", "b'a\\xe9\\xe9'.decode('utf8')",
    "b'\\xff\\xfea'.decode('utf-8', 'replace')", "b'\\xff\\xfea'.decode('utf-8', 'ignore')",
    "b'\\xff\\xfea'.decode('ascii', 'replace')", "b'\\xff\\xfea'.decode('utf-8', 'backslashreplace')",
    "b'\\xe2\\x82'.decode('utf-8', 'replace')", "b'\\xf0\\x9f\\x98'.decode('utf-8', 'replace')",
    "b'\\xf0\\x9f\\x98a'.decode('utf-8', 'replace')", "b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')",
    "b'a\\xe9\\xe9'.decode('ascii', 'backslashreplace')", "b'\\x80abc'.decode('ascii', 'ignore')",
    "b'\\xff'.decode('utf-8', 'strict')", "b'\\xff'.decode('utf-8', 'xmlcharrefreplace')",
    "b'a'.decode(errors='ignore')", "b'a'.decode(1)", "b'a'.decode('utf-8', 1)", "b'a'.decode('foo')",
    "b'\\xff'.decode('utf-8', 'foo')", "b'a'.decode('utf-8', 'foo')", "b'a'.decode('a', 'b', 'c')",
    "b'a'.decode(x=1)", "b'a'.decode(None)", "b'a'.decode(encoding=1)",
    "b'a'.decode(errors='x', encoding='y')",
    "b'a'.decode('utf-8', 'strict', errors='x')", "b'a'.decode(encoding='utf-8', errors='strict', x=1)",
    "'é'.encode().decode()", "'日本'.encode('utf-8').decode('utf-8')",
]

# Byte strings full of malformed (and well-formed) UTF-8: every two-byte
# pair, and every lead byte >= 0x80 with continuations drawn from the
# boundaries of the valid ranges. Each sequence is followed by 'x'.
INTERESTING = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]


def malformed_pairs():
    return b"".join(bytes([a, b]) + b"x" for a in range(256) for b in range(256))


def malformed_quads():
    return b"".join(bytes([lead, b, c, d]) + b"x" for lead in range(0x80, 0x100)
                    for b in INTERESTING for c in INTERESTING for d in INTERESTING)


CHECKS = [
    ("pairs_replace", lambda: malformed_pairs().decode("utf-8", "replace")),
    ("pairs_backslashreplace", lambda: malformed_pairs().decode("utf-8", "backslashreplace")),
    ("quads_replace", lambda: malformed_quads().decode("utf-8", "replace")),
    ("quads_backslashreplace", lambda: malformed_quads().decode("utf-8", "backslashreplace")),
    ("pairs_ascii_replace", lambda: malformed_pairs().decode("ascii", "replace")),
    ("pairs_latin1", lambda: malformed_pairs().decode("latin-1")),
]


def main():
    checks = ['    {"%s", 0x%016XULL},' % (name, fnv1a64(f().encode("utf-8"))) for name, f in CHECKS]
    write_inc("bytes_cases.inc", "gen_bytes_cases.py", [
        ("const PythonCase kBytesCases[]", case_lines(CASES)),
        ("const Checksum kDecodeChecks[]", checks),
    ])
    sys.stderr.write("%d cases, %d checksums\n" % (len(CASES), len(checks)))


if __name__ == "__main__":
    main()

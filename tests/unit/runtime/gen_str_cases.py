#!/usr/bin/env python3
"""Writes str_cases.inc for str_methods_test.cpp: str methods, indexing and
slicing, iteration and repr, each with what CPython 3.11 gives, plus
checksums of case mappings and predicates over every code point.

Run from this folder with the reference interpreter:  python3 gen_str_cases.py
"""
import sys

from python_cases import case_lines, fnv1a64, write_inc

CASES = [
    # ---- find family
    "'hello'.find('l')", "'hello'.rfind('l')", "'hello'.find('z')", "'hello'.find('')", "'hello'.rfind('')",
    "'hello'.find('l', 3)", "'hello'.find('l', -2)", "'hello'.find('h', 1)", "'hello'.find('l', 0, 3)",
    "'hello'.find('lo', 0, 4)", "'abc'.find('', 3)", "'abc'.find('', 4)", "'abc'.rfind('', 1, 2)",
    "'abc'.rfind('', 2, 1)", "'a'.find('a', None, None)", "'a'.find('a', 10**30)", "'a'.find('a', -10**30)",
    "'a'.find('a', True)", "'éaéb'.find('b')", "'aéa'.rfind('a')", "'aéaé'.find('é', 2)", "'é'.find('')",
    "'ñññ'.rfind('', 1)", "'日本語'.find('語')", "'日本語'.find('本', -2, -1)", "'😀a😀'.rfind('😀')",
    "'hello'.index('l')", "'hello'.rindex('l')", "'abc'.index('z')", "'ab'.rindex('a', 5)",
    "'aéaé'.index('é', 1, 2)", "'a'.find()", "'a'.find('a', 1, 2, 3)", "'a'.find(sub='a')", "'a'.find(1)",
    "'a'.find('a', 'x')", "'a'.find(1, 'x')", "'a'.index()", "'a'.rindex('a', 1.5)", "'a'.rfind(None)",
    "'a'.count()", "'a'.count(1)", "'a'.count('a', x=1)",
    "'aaaa'.count('aa')", "'abc'.count('')", "'abc'.count('', 1, 2)", "'abc'.count('', 5)",
    "'abcabc'.count('bc', 2)",
    "'aéaé'.count('é', -2)", "'ééé'.count('')", "'a'.count('a', 0, -5)",
    # ---- startswith / endswith
    "'hello'.startswith('he')", "'hello'.startswith('lo')", "'hello'.endswith('lo')",
    "'hello'.startswith('l', 2)",
    "'hello'.startswith(('x', 'he'))", "'hello'.endswith(('x', 'y'))", "'hello'.endswith('l', 0, 4)",
    "'abc'.startswith('', 3)", "'abc'.startswith('', 4)", "'abc'.endswith('', 3)", "'abc'.endswith('', 4)",
    "'abc'.endswith(('', 'x'), 4)", "'abc'.endswith((), 0)", "'abc'.endswith('bc', -2**70)",
    "'aéaé'.startswith('é', 1)", "'aéaé'.endswith('a', 0, -1)", "'aéaé'.endswith(('x', 'aé'), 2)",
    "'a'.startswith('a', None, None)", "'a'.startswith(['a'])", "'a'.startswith(('a', 1))",
    "'a'.startswith((1, 'a'))", "'a'.startswith(('b', 1))", "'a'.endswith(1)", "'a'.startswith()",
    "'a'.startswith('a', 'x')", "'a'.startswith(1, 'x')", "'a'.startswith(prefix='a')",
    "'a'.startswith('a', 1.5)",
    # ---- split / rsplit
    "'a b  c'.split()", "'  a b  c  '.split()", "'a,b,,c'.split(',')", "'a,b,,c'.split(',', 2)",
    "'a,b,,c'.rsplit(',', 2)", "'a b c'.split(None, 1)", "'a b c'.rsplit(None, 1)", "'  '.split()",
    "''.split()",
    "''.split(',')", "' a '.split(' ')", "'éaéb'.split('a')", "'aXbXc'.split('X', 0)",
    "'aXbXc'.rsplit('X', 0)",
    "' a b '.split(None, 0)", "' a b '.rsplit(None, 0)", "'aaa'.rsplit('a', 1)", "'a b  c '.rsplit(None, 1)",
    "'  a b  c '.rsplit(maxsplit=1)", "'a b c'.split(maxsplit=True)", "'a b c'.split(sep=None, maxsplit=-5)",
    "'a\\x85b\\u3000c\\x1cd\\u200be'.split()", "'x\\u2028y\\u2029z'.split()", "'ab::cd::ef'.split('::')",
    "'ab::cd::ef'.rsplit('::', 1)", "'ééé'.split('é')", "'aaaa'.split('aa')", "'aaaa'.rsplit('aa')",
    "'a'.split('')", "'a'.rsplit('')", "'a'.split(1)", "'a'.rsplit(1)", "'a'.split('a', 'b')",
    "'a'.split('a', 1, 2)", "'a'.split(x=1)", "'a'.split('a', sep='b')", "'a'.split(maxsplit=1.5)",
    "'a'.split(None, None)", "'a'.split(1, 'x')", "'a'.split(sep=1, maxsplit=2, x=3)", "'a'.split(1, 2, x=3)",
    "'a'.split(maxsplit=1, x=3)", "'a'.split(' ', 10**30)", "'a'.split(' ', maxsplit=-10**30)",
    # ---- join
    "','.join(['a', 'b'])", "','.join(('a',))", "','.join([])", "','.join('abc')",
    "'é'.join(['x', 'y', 'z'])",
    "','.join(iter(['a', 'b']))", "','.join(['a', 1, 2])", "'a'.join(1)", "'a'.join()", "'a'.join([None])",
    "'a'.join([], [])", "'a'.join(iterable=[])", "'a'.join(None)",
    # ---- splitlines
    "'a\\nb\\r\\nc\\rd'.splitlines()", "'a\\nb\\r\\nc\\rd'.splitlines(True)",
    "'a\\x1cb\\x85c\\u2028d\\re\\r\\nf\\x0bg\\x0ch\\x1di\\x1ej\\x1fk\\u2029'.splitlines()",
    "'a\\r\\n\\n'.splitlines(True)", "''.splitlines()", "'\\n'.splitlines()",
    "'ab'.splitlines(keepends=True)",
    "'a\\nb'.splitlines(-1)", "'a\\nb'.splitlines(0)", "'é\\né\\n'.splitlines(keepends=1)",
    "'a'.splitlines(1.5)", "'a'.splitlines(x=1)", "'a'.splitlines(2**40)", "'a'.splitlines(keepends=None)",
    "'a'.splitlines(1, 2)", "'a'.splitlines(keepends=True, x=1)",
    # ---- partition
    "'a b'.partition(' ')", "'a b'.partition('x')", "'a b'.rpartition('x')", "'a b c'.rpartition(' ')",
    "'a b c'.partition(' ')", "'éxé'.partition('x')", "'a'.partition('')", "'a'.rpartition('')",
    "'a'.partition(1)",
    "'a'.partition()", "'a'.partition(sep='a')", "'a'.partition(None)",
    # ---- strip
    "'  a  '.strip()", "'xyaxy'.strip('yx')", "'  a  '.lstrip()", "'  a  '.rstrip()",
    "'\\u3000a\\u3000'.strip()",
    "'ééaé'.strip('é')", "'a'.strip('')", "'a'.strip(None)", "'\\t\\n a \\x1c\\x85'.strip()",
    "'xxaxx'.lstrip('x')",
    "'xxaxx'.rstrip('x')", "'aaa'.strip('a')", "''.strip()", "'a'.strip(1)", "'a'.lstrip(1)", "'a'.rstrip(1)",
    "'a'.strip('a', 'b')", "'a'.lstrip('a', 'b')", "'a'.strip(chars='a')", "'😀a😀'.strip('😀')",
    # ---- replace
    "'aaaa'.replace('aa', 'b')", "'aaaa'.replace('aa', 'b', 1)", "'aaaa'.replace('aa', 'b', 0)",
    "'aaaa'.replace('x', 'b')", "'abc'.replace('', '-')", "'abc'.replace('', '-', 2)", "''.replace('', 'x')",
    "''.replace('', 'x', 0)", "'aé'.replace('', '-')", "'héllo'.replace('é', 'e')",
    "'aaa'.replace('a', 'bb', -1)",
    "'a'.replace('a', 'b', 10**18)", "'a'.replace(1, 'a')", "'a'.replace('a', 1)", "'a'.replace('a')",
    "'a'.replace('a', 'b', 'c')", "'a'.replace('a', 'b', 1, 2)", "'a'.replace('a', 'b', count=1)",
    "'a'.replace(1, 2, 'x')", "'a'.replace(None, 'b')", "'a'.replace('a', None)",
    "'a'.replace('a', 'b', None)", "'a'.replace('a', 'b', 10**30)",
    # ---- removeprefix / removesuffix
    "'xxa'.removeprefix('x')", "'axx'.removesuffix('x')", "'a'.removesuffix('')", "'a'.removeprefix('')",
    "'abc'.removeprefix('abcd')", "'éa'.removeprefix('é')", "'a'.removeprefix(1)", "'a'.removesuffix(b'a')",
    "'a'.removeprefix()", "'a'.removeprefix(prefix='a')", "'a'.removeprefix(None)", "'a'.removesuffix(None)",
    # ---- padding
    "'ab'.center(5, '*')", "'abc'.center(6, '*')", "'ab'.center(6, '*')", "'a'.center(4)", "'abc'.center(2)",
    "'ab'.ljust(5, '·')", "'ab'.rjust(5)", "'ab'.center(5, 'é')", "'é'.ljust(3, 'x')", "'a'.ljust(-5)",
    "'a'.ljust(3, 'é')", "'a'.ljust(True)", "'a'.ljust(3, 'ab')", "'a'.ljust(3, 1)", "'a'.ljust('a')",
    "'a'.center()", "'a'.center(3, '')", "'a'.center(3, None)", "'a'.rjust()", "'a'.rjust(1, 2, 3)",
    "'a'.ljust(width=3)", "'a'.ljust(3, fillchar='x')", "'a'.ljust(3.5)", "'a'.ljust(10**30)",
    "'a'.ljust(2**62)",
    "'-42'.zfill(6)", "'+'.zfill(3)", "''.zfill(3)", "'-'.zfill(0)", "'42'.zfill(5)", "'é'.zfill(3)",
    "'a'.zfill(-1)",
    "'a'.zfill(True)", "'a'.zfill('a')", "'a'.zfill()", "'a'.zfill(None)", "'a'.zfill(1, 2)",
    "'a'.zfill(width=3)", "'a'.zfill(10**20)", "'a'.zfill(2**62)",
    # ---- expandtabs
    "'a\\tb\\n\\tc'.expandtabs()", "'a\\tb\\n\\tc'.expandtabs(0)", "'a\\tb\\n\\tc'.expandtabs(-3)",
    "'a\\tb\\r\\tc'.expandtabs(4)", "'é\\tb'.expandtabs(4)", "'ab\\tc\\td'.expandtabs(tabsize=3)",
    "'a'.expandtabs(True)", "'a\\tb'.expandtabs(-2**31)", "'a\\tb'.expandtabs(-2**31-1)",
    "'a'.expandtabs('x')",
    "'a'.expandtabs(None)", "'a'.expandtabs(1, 2)", "'a'.expandtabs(8, tabsize=3)", "'a'.expandtabs(2**31)",
    # ---- case mapping
    "'Hello World'.lower()", "'Hello World'.upper()", "'hello wORLD'.title()", "\"they're bill's\".title()",
    "'ABC def'.swapcase()", "'hELLO'.capitalize()", "'AbC'.casefold()", "'a1b2'.title()", "'é1é'.title()",
    "\"o'neil\".capitalize()", "''.upper()", "''.capitalize()",
    "'ß'.upper()", "'ﬁ'.upper()", "'ﬁ'.title()", "'ﬁx'.capitalize()", "'ǅ'.swapcase()", "'ΑΣ'.lower()",
    "'ΑΣ Σ ΑΣΑ'.lower()", "'İ'.lower()", "'ß'.casefold()", "'i̇'.upper()", "'ǅa'.title()", "'ǈǉ'.title()",
    "'ǈ'.lower()", "'ǈ'.upper()", "'ǈ'.casefold()", "'ΣΑΣ'.capitalize()", "'σς'.upper()",
    "'ΑΣ\\u0301'.lower()",
    "'ΑΣ\\u0301Α'.lower()", "'\\u0301Σ'.lower()", "'A\\u0301Σ'.lower()", "'ΑΣ.'.lower()", "\"ΑΣ'Α\".lower()",
    "'ΣΑΣ'.swapcase()", "'aΣ'.swapcase()", "'ΑΣ'.title()", "'ßa'.title()", "'ßa'.capitalize()", "'ŉ'.upper()",
    "'ǰ'.title()", "'İx'.lower()", "'İx'.swapcase()", "'ﬃ'.swapcase()", "'ﬃ'.casefold()", "'ꭰ'.upper()",
    "'Ꭰ'.lower()", "'Ꭰ'.casefold()", "'ᾳ'.upper()", "'ᾳ'.title()", "'ᾼ'.lower()", "'ᾼ'.swapcase()",
    "'\\U00010400'.lower()", "'a\\U0001e900'.lower()", "'ÉCOLE été'.title()", "'straße'.upper()",
    "'a'.upper(1)", "'a'.title(x=1)", "'a'.casefold(1)", "'a'.swapcase(None)", "'a'.lower(x=1)",
    # ---- predicates
    "'123'.isdigit()", "'12a'.isdigit()", "''.isdigit()", "'²'.isdigit()", "'²'.isdecimal()",
    "'½'.isnumeric()",
    "'٣٤'.isdecimal()", "'Ⅻ'.isnumeric()", "'一'.isnumeric()", "'abc'.isalpha()", "'ab1'.isalpha()",
    "''.isalpha()",
    "'一'.isalpha()", "'ʰ'.isalpha()", "'ⓐ'.isalpha()", "'x٣'.isalnum()", "'x½'.isalnum()", "'x!'.isalnum()",
    "''.isalnum()", "' \\t\\n'.isspace()", "''.isspace()", "'\\x1c\\x85\\xa0'.isspace()",
    "'\\u200b'.isspace()",
    "'\\u180e'.isspace()", "'\\u2000\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'.isspace()",
    "'AB'.isupper()", "'A1'.isupper()", "'1'.isupper()", "'ǅ'.isupper()", "'ÉCOLE'.isupper()",
    "'Ⅻ'.isupper()",
    "'ab'.islower()", "'ǅ'.islower()", "'école'.islower()", "'ⅻ'.islower()", "'ⓐ'.islower()",
    "'ªº'.islower()",
    "'ʰ'.islower()", "''.islower()", "'Ab Cd'.istitle()", "'ǅ'.istitle()", "'ǅa'.istitle()", "'ǅǅ'.istitle()",
    "'Aa Bb'.istitle()", "'Aa bb'.istitle()", "'A1 B'.istitle()", "'1'.istitle()", "'ᾼ'.istitle()",
    "'ᾼ'.isupper()", "''.istitle()", "'_a1'.isidentifier()", "'1a'.isidentifier()", "'ℵ'.isidentifier()",
    "''.isidentifier()", "'_'.isidentifier()", "'℘'.isidentifier()", "'·'.isidentifier()",
    "'a·'.isidentifier()",
    "'a-b'.isidentifier()", "''.isprintable()", "'ab c'.isprintable()", "'a\\n'.isprintable()",
    "'\\u2028'.isprintable()", "'\\xad'.isprintable()", "'\\U0001F600'.isprintable()",
    "'\\u0378'.isprintable()",
    "'\\U000E0001'.isprintable()", "''.isascii()", "'abc'.isascii()", "'abcé'.isascii()", "'\\x7f'.isascii()",
    "'a'.isdigit(1)", "'ab'.istitle(1)", "'a'.isidentifier(1)", "'a'.isascii(1)", "'a'.isalpha(x=1)",
    # ---- encode
    "'é'.encode()", "'é'.encode('latin-1')", "'é'.encode('UTF8')", "'\\x80'.encode('latin1', 'strict')",
    "'a'.encode('ascii')", "'a'.encode('latin_1')", "'a'.encode(' utf-8 ')", "'a'.encode('US-ASCII')",
    "'a'.encode('iso-8859-1')", "'a'.encode('L1')", "'a'.encode('cp65001')", "'a'.encode(errors='ignore')",
    "'a'.encode(encoding='ascii')", "'é'.encode('ascii')", "'éé'.encode('ascii')", "'aé€b'.encode('ascii')",
    "'€'.encode('latin-1')", "'a€€b'.encode('latin1')", "'aé€b'.encode('latin-1')",
    "'\\U0001F600'.encode('ascii')",
    "'é\\U0001F600'.encode('ascii', 'replace')", "'é\\U0001F600'.encode('ascii', 'ignore')",
    "'é\\U0001F600'.encode('ascii', 'backslashreplace')",
    "'é\\U0001F600'.encode('ascii', 'xmlcharrefreplace')",
    "'é\\U0001F600'.encode('latin-1', 'replace')", "'a\\U0001F600\\xff'.encode('ascii', 'backslashreplace')",
    "'é'.encode('ascii', 'surrogateescape')", "'é\\U0001F600'.encode('ascii', 'foo')",
    "'é'.encode('utf-8', 'foo')",
    "'a'.encode('ascii', errors='x')", "'é'.encode('ascii', errors='x')", "'a'.encode('foo')",
    "'a'.encode(1)",
    "'a'.encode('ascii', 1)", "'a'.encode(None)", "'a'.encode('ascii', None)",
    "'a'.encode('utf-8', 'strict', 'x')",
    "'a'.encode(encoding='ascii', errors='strict', x=1)", "'a'.encode(encodin='ascii')",
    "'a'.encode('ascii', 'strict', errors='x')",
    # ---- indexing, slicing, iteration, len, repr, in
    "'héllo'[1]", "'héllo'[-1]", "'héllo'[5]", "'héllo'[-6]", "'héllo'[True]", "'abc'[1.5]", "'abc'[10**30]",
    "'abc'[::-1]", "'aé'[::-1]", "'héllo'[1:4]", "'héllo'[-2:]", "'héllo'[::2]", "'héllo'[10:]",
    "'héllo'[-100:2]",
    "'héllo'[4:1:-1]", "'hello'[2**70:]", "'hello'[:-2**70]", "'hello'[::2**70]", "'hello'[::-2**70]",
    "'hello'[::-(2**63)]", "'hello'[1:1]", "'hello'[3:1]", "'日本語テキスト'[2:5]", "'日本語テキスト'[::-2]",
    "'a😀b'[1]", "'a😀b'[-2:]", "'abc'[1.5:]", "'abc'[::0]", "'abc'['x':]", "'abc'[:None]",
    "len('héllo')", "len('')", "len('😀😀')", "list('héllo')", "list('')", "list('a😀')",
    "'é' in 'café'", "'' in 'abc'", "'x' in 'abc'", "1 in 'abc'", "'fé' in 'café'",
    "repr('a\\'b')", "repr('a\"b')", "repr('a\\'b\"c')", "repr('\\x00\\x1f\\x7f\\x80\\xa0\\xad')",
    "repr('\\t\\n\\r\\\\')", "repr('é😀\\u2028\\U000e0001\\ufeff')", "repr('\\u0378\\U0010ffff\\ue000')",
    "str('abc')", "'ab' + 'cd'", "'ab' * 3", "3 * 'ab'", "'ab' * -1", "'ab' < 'ac'", "'é' > 'z'",
    "'a' + 1", "'a' * 'b'", "'ab' * 2**62", "'a' * 2**62", "'a' * 2**63", "'' * 2**62", "'ab' == 'ab'", "'ab' != 'ab'",
]

# ---- checksums over every code point (surrogates excluded: a str holds UTF-8)
ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
CHARS = list(ALL)


def bits(predicate):
    return "".join("1" if predicate(c) else "0" for c in CHARS)


CHECKS = [
    ("upper", lambda: ALL.upper()),
    ("lower", lambda: ALL.lower()),
    ("casefold", lambda: ALL.casefold()),
    ("title", lambda: ALL.title()),
    ("swapcase", lambda: ALL.swapcase()),
    ("capitalize", lambda: ALL.capitalize()),
    ("repr", lambda: repr(ALL)),
    # The contexts of the final-sigma and title rules, one per code point.
    ("sigma_after", lambda: "".join(c + "\u03a3 " for c in CHARS).lower()),
    ("sigma_between", lambda: "".join("A\u03a3" + c + "A " for c in CHARS).lower()),
    ("title_after", lambda: "".join(c + "a " for c in CHARS).title()),
    ("split", lambda: "|".join("".join("a" + c + "b" for c in CHARS).split())),
] + [(name, (lambda n=name: bits(lambda c: getattr(c, n)()))) for name in (
    "isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isupper", "islower", "istitle",
    "isidentifier", "isalnum")] + [
    ("isidentifier_continue", lambda: bits(lambda c: ("a" + c).isidentifier())),
]


def main():
    checks = []
    for name, compute in CHECKS:
        checks.append('    {"%s", 0x%016XULL},' % (name, fnv1a64(compute().encode("utf-8"))))
    write_inc("str_cases.inc", "gen_str_cases.py", [
        ("const PythonCase kStrCases[]", case_lines(CASES)),
        ("const Checksum kUnicodeChecks[]", checks),
    ])
    sys.stderr.write("%d cases, %d checksums\n" % (len(CASES), len(checks)))


if __name__ == "__main__":
    main()

0
1
123_456
0x_ff
0XFF
0o17
0O17_7
0b1010
0B_1
00
0_0
123456789012345678901234567890123456789012345678901234567890
0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
1.5
1.
.5
1e10
1E-5
1.5e+300
1_000.000_1
0.1
1e16
1e15
123456789.123
1e-4
1e-5
3.141592653589793
2.5e-10
1e308
1e309
0.0
00.5
0e0
"string"
'string'
"it's"
'say "hi"'
'both \' and "'
"""triple
quoted"""
'''also
triple'''
r"raw\n"
R'raw\d'
b"bytes"
B'bytes'
rb"raw\bytes"
Rb'x' bR'y' BR"z"
u"unicode"
U"unicode"
"a" "b" 'c'
"a" \
  "b"
("implicit"
 "concatenation")
"\n\t\r\\\'\"\a\b\f\v"
"\x41\x7f\x80\xff"
"\u00e9\u2028\U0001F600"
"\101\0\12\377"
"\d\w unknown escapes"
"line\
continuation"
"é ü ☃ 😀"
"\ud800"
b"\x00\xff\n\\"
b"'"
b'"'
b"'\""
'\x00\x1f\x7f'
"N"
"tab	inside"
"\u200b\u00a0\u00ad"

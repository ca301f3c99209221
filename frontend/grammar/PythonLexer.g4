// yieldc's Python 3.11 lexer. It only cuts the text into tokens: INDENT and
// DEDENT, dropping NEWLINEs inside brackets and blank lines, and reporting
// tokenizer errors (unterminated strings, stray characters) are the job of
// token_source.cpp, which wraps this lexer. String literals (f-strings too,
// as in CPython 3.11) are single tokens; build_ast.cpp decodes them.
lexer grammar PythonLexer;

// Synthesised by the token source, never produced by a rule here.
tokens { INDENT, DEDENT, MATCH_START, TOKENIZER_ERROR }

// ---------------------------------------------------------------- keywords
// `match`, `case` and `_` are soft keywords: ordinary NAMEs.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ---------------------------------------------------------------- literals

NEWLINE : '\r'? '\n' | '\r';

// Any prefix (r b rb br f rf fr u, any case) followed by a quoted body. A
// backslash always takes the next character, even in raw strings, which is
// how CPython finds the end of `r'\''`.
STRING
    : STRING_PREFIX? ( LONG_STRING_SQ | LONG_STRING_DQ | SHORT_STRING_SQ | SHORT_STRING_DQ )
    ;

IMAG_NUMBER
    : ( FLOAT_NUMBER | DIGIT_PART ) [jJ]
    ;

NUMBER
    : DEC_INTEGER
    | HEX_INTEGER
    | OCT_INTEGER
    | BIN_INTEGER
    | FLOAT_NUMBER
    ;

// `012`: CPython's tokenizer rejects leading zeros; the token source
// reports it. (`00` and `0_0` are NUMBERs, listed first.)
LEADING_ZERO_INT : '0' ( '_'? [0-9] )+;

NAME : ID_START ID_CONTINUE*;

// ---------------------------------------------------------------- operators

ELLIPSIS      : '...';
DOT           : '.';
STAR          : '*';
OPEN_PAREN    : '(';
CLOSE_PAREN   : ')';
COMMA         : ',';
COLON         : ':';
SEMI          : ';';
POWER         : '**';
ASSIGN        : '=';
OPEN_BRACK    : '[';
CLOSE_BRACK   : ']';
OR_OP         : '|';
XOR           : '^';
AND_OP        : '&';
LEFT_SHIFT    : '<<';
RIGHT_SHIFT   : '>>';
ADD           : '+';
MINUS         : '-';
DIV           : '/';
MOD           : '%';
IDIV          : '//';
NOT_OP        : '~';
OPEN_BRACE    : '{';
CLOSE_BRACE   : '}';
LESS_THAN     : '<';
GREATER_THAN  : '>';
EQUALS        : '==';
GT_EQ         : '>=';
LT_EQ         : '<=';
NOT_EQ        : '!=';
AT            : '@';
ARROW         : '->';
WALRUS        : ':=';
ADD_ASSIGN    : '+=';
SUB_ASSIGN    : '-=';
MULT_ASSIGN   : '*=';
AT_ASSIGN     : '@=';
DIV_ASSIGN    : '/=';
MOD_ASSIGN    : '%=';
AND_ASSIGN    : '&=';
OR_ASSIGN     : '|=';
XOR_ASSIGN    : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN  : '**=';
IDIV_ASSIGN   : '//=';

// ---------------------------------------------------------------- skipped

// A backslash at the end of a line joins it with the next one.
LINE_JOIN : '\\' ( '\r'? '\n' | '\r' ) -> skip;
SPACES    : [ \t\f]+ -> skip;
COMMENT   : '#' ~[\r\n]* -> skip;

// Anything else (a stray `$`, `?`, `!`, a lone backslash, the opening quote
// of an unterminated string) becomes one token that the token source turns
// into CPython's error message.
ERRORCHAR : . ;

// ---------------------------------------------------------------- fragments

fragment STRING_PREFIX
    : [rRbBuUfF]
    | [bB][rR] | [rR][bB]
    | [fF][rR] | [rR][fF]
    ;

fragment SHORT_STRING_SQ : '\'' ( '\\' ( '\r\n' | . ) | ~[\\\r\n'] )* '\'';
fragment SHORT_STRING_DQ : '"' ( '\\' ( '\r\n' | . ) | ~[\\\r\n"] )* '"';
fragment LONG_STRING_SQ  : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\'';
fragment LONG_STRING_DQ  : '"""' ( '\\' . | ~'\\' )*? '"""';

fragment DIGIT_PART   : [0-9] ( '_'? [0-9] )*;
fragment DEC_INTEGER  : [1-9] ( '_'? [0-9] )* | '0'+ ( '_'? '0' )*;
fragment HEX_INTEGER  : '0' [xX] ( '_'? [0-9a-fA-F] )+;
fragment OCT_INTEGER  : '0' [oO] ( '_'? [0-7] )+;
fragment BIN_INTEGER  : '0' [bB] ( '_'? [01] )+;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT  : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART;

// Identifiers as PEP 3131 defines them (NFKC normalisation aside).
fragment ID_START    : [_\p{XID_Start}];
fragment ID_CONTINUE : [\p{XID_Continue}];

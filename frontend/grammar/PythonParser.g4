// yieldc's Python 3.11 parser grammar, in the LL style of CPython's old
// Grammar/Grammar (3.8) plus the later additions (walrus, positional-only
// parameters, parenthesised with-items, relaxed decorators, star
// expressions in subscripts, return and for). Being LL(1) almost
// everywhere keeps SLL prediction fast. It is deliberately permissive where
// CPython's own checks give better messages than a parse failure would:
// assignment targets and parameter order are validated by build_ast.cpp.
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ---------------------------------------------------------------- statements

file_input : ( NEWLINE | stmt )* EOF;

// The entry point for the expressions inside f-string replacement fields.
fstring_expr : ( yield_expr | testlist_star_expr ) NEWLINE* EOF;

stmt : simple_stmts | compound_stmt;

simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | import_name
    | import_from
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | yield_stmt
    ;

// Expression statements, assignments (`=` chains), augmented and annotated
// assignments share a prefix, so they are one rule as in CPython's LL(1)
// grammar; build_ast tells them apart and checks the targets.
expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist_star_expr )
      | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
      )
    ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )?;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN
    | POWER_ASSIGN | IDIV_ASSIGN
    ;

del_stmt      : DEL exprlist;
yield_stmt    : yield_expr;
pass_stmt     : PASS;
break_stmt    : BREAK;
continue_stmt : CONTINUE;
return_stmt   : RETURN testlist_star_expr?;
raise_stmt    : RAISE ( test ( FROM test )? )?;

import_name : IMPORT dotted_as_name ( COMMA dotted_as_name )*;
import_from
    : FROM ( import_dots* dotted_name | import_dots+ )
      IMPORT ( STAR | OPEN_PAREN import_as_names CLOSE_PAREN | import_as_names )
    ;
import_dots     : DOT | ELLIPSIS;
import_as_name  : NAME ( AS NAME )?;
dotted_as_name  : dotted_name ( AS NAME )?;
import_as_names : import_as_name ( COMMA import_as_name )* COMMA?;
dotted_name     : NAME ( DOT NAME )*;

global_stmt   : GLOBAL NAME ( COMMA NAME )*;
nonlocal_stmt : NONLOCAL NAME ( COMMA NAME )*;
assert_stmt   : ASSERT test ( COMMA test )?;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | match_stmt
    ;

if_stmt    : IF namedexpr_test COLON block elif_clause* else_clause?;
elif_clause: ELIF namedexpr_test COLON block;
else_clause: ELSE COLON block;
while_stmt : WHILE namedexpr_test COLON block else_clause?;
for_stmt   : ASYNC? FOR exprlist IN testlist_star_expr COLON block else_clause?;

try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
// `except*` (PEP 654) is parsed only to be reported as unsupported.
except_clause  : EXCEPT STAR? ( test ( AS NAME )? )? COLON block;
finally_clause : FINALLY COLON block;

// `with (a, b):` is two items, as in CPython's PEG grammar, where the
// parenthesised form is tried first; ANTLR also resolves the ambiguity
// towards the first alternative.
with_stmt
    : ASYNC? WITH
      ( OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN
      | with_item ( COMMA with_item )*
      ) COLON block
    ;
with_item : test ( AS expr )?;

funcdef   : ASYNC? DEF NAME OPEN_PAREN parameters? CLOSE_PAREN ( ARROW test )? COLON block;
classdef  : CLASS NAME ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON block;
decorated : decorator+ ( classdef | funcdef );
decorator : AT namedexpr_test NEWLINE;

// Parameters in any order: build_ast checks the order with CPython's
// messages.
parameters : parameter ( COMMA parameter )* COMMA?;
parameter
    : NAME ( COLON test )? ( ASSIGN test )?   # plainParam
    | STAR ( NAME ( COLON test )? )?          # starParam
    | POWER NAME ( COLON test )?              # kwargsParam
    | DIV                                     # slashParam
    ;
lambda_parameters : lambda_parameter ( COMMA lambda_parameter )* COMMA?;
lambda_parameter
    : NAME ( ASSIGN test )?   # lambdaPlainParam
    | STAR NAME?              # lambdaStarParam
    | POWER NAME              # lambdaKwargsParam
    | DIV                     # lambdaSlashParam
    ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT;

// A `match` statement: the token source marks `match` at the start of a
// line ending in `:` as MATCH_START. yieldc does not support it, so the
// rest is only skipped with its brackets and blocks balanced.
match_stmt : MATCH_START ( ~( NEWLINE | INDENT | DEDENT ) )* NEWLINE INDENT match_body DEDENT;
match_body : ( ~( INDENT | DEDENT ) | INDENT match_body DEDENT )+;

// ---------------------------------------------------------------- expressions

namedexpr_test : test ( WALRUS test )?;

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;
lambdef        : LAMBDA lambda_parameters? COLON test;

or_test  : and_test ( OR and_test )*;
and_test : not_test ( AND not_test )*;
not_test : NOT not_test | comparison;

comparison : expr ( comp_op expr )*;
comp_op
    : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ
    | IN | NOT IN | IS | IS NOT
    ;

star_expr : STAR expr;

// `|` down to `**` and the unary operators as one precedence-climbing rule
// (ANTLR turns the left recursion into a loop): a lone operand costs one
// parse-tree node instead of eight. Earlier alternatives bind tighter, so
// `-a ** -b` is -(a ** (-b)) and `-a * b` is (-a) * b, as in Python.
expr
    : atom_expr                                     # primaryExpr
    | <assoc=right> expr POWER expr                 # binaryExpr
    | ( ADD | MINUS | NOT_OP ) expr                 # unaryExpr
    | expr ( STAR | AT | DIV | MOD | IDIV ) expr    # binaryExpr
    | expr ( ADD | MINUS ) expr                     # binaryExpr
    | expr ( LEFT_SHIFT | RIGHT_SHIFT ) expr        # binaryExpr
    | expr AND_OP expr                              # binaryExpr
    | expr XOR expr                                 # binaryExpr
    | expr OR_OP expr                               # binaryExpr
    ;
atom_expr  : AWAIT? atom trailer*;

atom
    : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN   # parenAtom
    | OPEN_BRACK testlist_comp? CLOSE_BRACK                    # listAtom
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE                   # braceAtom
    | NAME                                                     # nameAtom
    | NUMBER                                                   # numberAtom
    | IMAG_NUMBER                                              # imagAtom
    | STRING+                                                  # stringAtom
    | ELLIPSIS                                                 # ellipsisAtom
    | NONE                                                     # noneAtom
    | TRUE                                                     # trueAtom
    | FALSE                                                    # falseAtom
    ;

testlist_comp
    : ( namedexpr_test | star_expr )
      ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN     # callTrailer
    | OPEN_BRACK subscriptlist CLOSE_BRACK  # subscriptTrailer
    | DOT NAME                            # attributeTrailer
    ;

subscriptlist : subscript ( COMMA subscript )* COMMA?;
// Written so that one token of lookahead decides (the slice bounds are
// plain tests, a lone element may be a walrus).
subscript
    : star_expr
    | test ( WALRUS test | COLON test? ( COLON test? )? )?
    | COLON test? ( COLON test? )?
    ;

exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA?;
testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA?;

dictorsetmaker
    : dict_entry ( comp_for | ( COMMA dict_entry )* COMMA? )
    | ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
    ;
dict_entry : test COLON test | POWER expr;

arglist : argument ( COMMA argument )* COMMA?;
// `name=value` is `test ASSIGN test` so that the prefix is shared; build_ast
// checks that the left side is a plain name.
argument
    : test ( comp_for | WALRUS test | ASSIGN test )?
    | POWER test
    | STAR test
    ;

comp_for : ASYNC? FOR exprlist IN or_test comp_iter?;
comp_iter : comp_for | comp_if;
// CPython 3.9+: the condition is a disjunction (no lambda, no ternary).
comp_if : IF or_test comp_iter?;

yield_expr : YIELD ( FROM test | testlist_star_expr )?;

// Syntax errors carry CPython 3.11's message, line and column (the
// expected values below were taken from python3's SyntaxError.msg, lineno
// and offset), render as file:line:col + source line + caret, and several
// errors in one file are all reported without cascades.
#include "test_support.hpp"

namespace yieldc::frontend::testing {
namespace {

struct ErrorCase {
  const char* source;
  const char* expected;  // "line:col: message"
};

class CPythonErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CPythonErrors, MessageAndPosition) {
  EXPECT_EQ(first_error(GetParam().source), GetParam().expected) << GetParam().source;
}

const ErrorCase kErrorCases[] = {
    {"x = 1\n    y = 2\n", "2:4: unexpected indent"},
    {"  x = 1\n", "1:2: unexpected indent"},
    {"x=1\n\nif x:\ny = 2\n", "4:1: expected an indented block after 'if' statement on line 3"},
    {"if x:\n", "1:6: expected an indented block after 'if' statement on line 1"},
    {"def f():\nreturn 1\n", "2:1: expected an indented block after function definition on line 1"},
    {"class A:\nx=1\n", "2:1: expected an indented block after class definition on line 1"},
    {"if x:\n  pass\nelif y:\npass\n",
     "4:1: expected an indented block after 'elif' statement on line 3"},
    {"if x:\n  pass\nelse:\npass\n",
     "4:1: expected an indented block after 'else' statement on line 3"},
    {"while x:\npass\n", "2:1: expected an indented block after 'while' statement on line 1"},
    {"for x in y:\npass\n", "2:1: expected an indented block after 'for' statement on line 1"},
    {"with x:\npass\n", "2:1: expected an indented block after 'with' statement on line 1"},
    {"try:\npass\n", "2:1: expected an indented block after 'try' statement on line 1"},
    {"try:\n  pass\nexcept E:\npass\n",
     "4:1: expected an indented block after 'except' statement on line 3"},
    {"try:\n  pass\nfinally:\npass\n",
     "4:1: expected an indented block after 'finally' statement on line 3"},
    {"async def f():\n  async for x in y:\n  pass\n",
     "3:3: expected an indented block after 'for' statement on line 2"},
    {"if x:\n    a\n  b\n", "3:4: unindent does not match any outer indentation level"},
    {"if x:\n\tif y:\n\t    a\n        b\n",
     "4:1: inconsistent use of tabs and spaces in indentation"},
    {"if x:\n        a\n\tb\n", "3:1: inconsistent use of tabs and spaces in indentation"},
    {"x = (1,\n2\n", "1:5: '(' was never closed"},
    {"x = [1, 2\ny = 3\n", "1:5: '[' was never closed"},
    {"x = 1)\n", "1:6: unmatched ')'"},
    {"x = (1]\n", "1:7: closing parenthesis ']' does not match opening parenthesis '('"},
    {"x = (1,\n 2]\n",
     "2:3: closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
    {"x = 'abc\ny=1\n", "1:5: unterminated string literal (detected at line 1)"},
    {"x = 1\ny = r\"abc\n", "2:5: unterminated string literal (detected at line 2)"},
    {"x = 1\ny = '''abc\n\nfoo\n",
     "2:5: unterminated triple-quoted string literal (detected at line 4)"},
    {"x = '''abc\nfoo", "1:5: unterminated triple-quoted string literal (detected at line 2)"},
    {"x = = 1\n", "1:5: invalid syntax"},
    {"def f(:\n  pass\n", "1:7: invalid syntax"},
    {"x = 1 +\n", "1:8: invalid syntax"},
    {"x = 1;;\n", "1:7: invalid syntax"},
    {"f() = 1\n", "1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?"},
    {"1 = x\n", "1:1: cannot assign to literal here. Maybe you meant '==' instead of '='?"},
    {"a + b = c\n", "1:1: cannot assign to expression here. Maybe you meant '==' instead of '='?"},
    {"None = 1\n", "1:1: cannot assign to None"},
    {"a < b = 1\n", "1:1: cannot assign to comparison"},
    {"x = f() = 1\n", "1:5: cannot assign to function call"},
    {"for f() in x: pass\n", "1:5: cannot assign to function call"},
    {"with a as f(): pass\n", "1:11: cannot assign to function call"},
    {"del f()\n", "1:5: cannot delete function call"},
    {"f() += 1\n", "1:1: 'function call' is an illegal expression for augmented assignment"},
    {"a, b: int\n", "1:1: only single target (not tuple) can be annotated"},
    {"f(): int\n", "1:1: illegal target for annotation"},
    {"f(a.b=1)\n", "1:3: expression cannot contain assignment, perhaps you meant \"==\"?"},
    {"f(x for x in y, 1)\n", "1:3: Generator expression must be parenthesized"},
    {"f(a=1, 2)\n", "1:9: positional argument follows keyword argument"},
    {"def f(a=1, b): pass\n", "1:12: non-default argument follows default argument"},
    {"def f(*): pass\n", "1:7: named arguments must follow bare *"},
    {"def f(*a, /): pass\n", "1:11: / must be ahead of *"},
    {"b'\xc3\xa9'\n", "1:1: bytes can only contain ASCII literal characters"},
    {"'a' b'c'\n", "1:9: cannot mix bytes and nonbytes literals"},
    {"x = 1 \\ y\n", "1:8: unexpected character after line continuation character"},
    {"x = 012\n",
     "1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers"},
    {"if x = 1: pass\n", "1:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
    {"x = [a b]\n", "1:6: invalid syntax. Perhaps you forgot a comma?"},
    {"print 'x'\n", "1:1: Missing parentheses in call to 'print'. Did you mean print(...)?"},
    {"{1:2, 3}\n", "1:7: ':' expected after dictionary key"},
    {"x = \xe2\x82\xac\n", "1:5: invalid character '\xe2\x82\xac' (U+20AC)"},
    {"f'{}'\n", "1:6: f-string: empty expression not allowed"},
    {"f'}'\n", "1:5: f-string: single '}' is not allowed"},
    {"x = = 1\ny = 'abc\n", "2:5: unterminated string literal (detected at line 2)"},
    {"x = (1\ny = = 2\n", "1:5: '(' was never closed"},
};

INSTANTIATE_TEST_SUITE_P(Frontend, CPythonErrors, ::testing::ValuesIn(kErrorCases));

TEST(Diagnostics, NestingLimitsAreErrorsNotCrashes) {
  EXPECT_EQ(first_error("x = " + std::string(201, '(') + "\n"),
            "1:205: too many nested parentheses");
  EXPECT_EQ(first_error("x = " + std::string(100000, '-') + "1\n"),
            "1:1005: expression too deeply nested for yieldc (more than 1000 levels)");
  std::string sum = "x = 1";
  for (int i = 0; i < 5000; ++i) sum += " + 1";
  EXPECT_NE(first_error(sum), "");
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  EXPECT_EQ(first_error(deep), "101:1: too many levels of indentation");
}

TEST(Diagnostics, RenderQuotesTheLineAndUnderlinesTheSpan) {
  Parsed parsed = parse("def g():\n\tf() = yield 5\n", "ex.py");
  EXPECT_EQ(parsed.rendered,
            "ex.py:2:2: error: cannot assign to function call\n"
            "\tf() = yield 5\n"
            "\t^~~\n");
}

TEST(Diagnostics, SeveralErrorsAreAllReportedInOrder) {
  Parsed parsed = parse("x = = 1\ny = 2\nz = = 3\ndef f:\n    pass\nw = = 4\n");
  auto all = parsed.sink.sorted();
  ASSERT_EQ(all.size(), 4u) << parsed.rendered;
  EXPECT_EQ(all[0].span.begin.line, 1u);
  EXPECT_EQ(all[1].span.begin.line, 3u);
  EXPECT_EQ(all[2].span.begin.line, 4u);
  EXPECT_EQ(all[3].span.begin.line, 6u);
  EXPECT_FALSE(parsed.module.has_value());
}

TEST(Diagnostics, ABadBlockHeaderDoesNotCascade) {
  Parsed parsed = parse("if x = = 1:\n    pass\nelif y:\n    pass\nelse:\n    pass\nz = 1\n");
  EXPECT_EQ(parsed.sink.sorted().size(), 1u) << parsed.rendered;
}

TEST(Diagnostics, ErrorsInsideBlocksResynchronise) {
  Parsed parsed = parse("def f():\n    a = = 1\n    b = 2\n    c = = 3\n");
  EXPECT_EQ(parsed.sink.sorted().size(), 2u) << parsed.rendered;
}

TEST(Diagnostics, SortedDropsASecondErrorAtTheSamePlace) {
  DiagnosticSink sink;
  SourceSpan at{{3, 4}, {3, 5}};
  sink.report(DiagKind::SyntaxError, at, "first");
  sink.report(DiagKind::InvalidSyntax, at);
  sink.report(DiagKind::SyntaxError, SourceSpan{{1, 1}, {1, 2}}, "earlier");
  auto all = sink.sorted();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].message, "earlier");
  EXPECT_EQ(all[1].message, "first");
}

TEST(Diagnostics, InvalidUtf8IsReportedNotThrown) {
  Parsed parsed = parse("x = 1\ny = '\xff'\n");
  ASSERT_TRUE(parsed.sink.has_errors());
  EXPECT_EQ(parsed.sink.sorted()[0].span.begin.line, 2u);
}

TEST(Diagnostics, NullBytesAreRejected) {
  EXPECT_EQ(first_error(std::string("x = 1\0\n", 7)), "1:6: source code cannot contain null bytes");
}

}  // namespace
}  // namespace yieldc::frontend::testing

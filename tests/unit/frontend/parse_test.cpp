// The parser builds CPython-shaped ASTs: checked through dump_ast, whose
// output is ast.dump's (tests/frontend/compare_ast.py checks whole files).
#include "test_support.hpp"

namespace yieldc::frontend::testing {
namespace {

std::string body_of(const std::string& text) {
  std::string d = dump(text);
  const std::string head = "Module(body=[";
  const std::string tail = "], type_ignores=[])";
  if (d.rfind(head, 0) != 0 || d.size() < head.size() + tail.size()) return d;
  return d.substr(head.size(), d.size() - head.size() - tail.size());
}

TEST(Parse, EmptyFile) {
  EXPECT_EQ(dump(""), "Module(body=[], type_ignores=[])");
  EXPECT_EQ(dump("\n\n# only a comment\n"), "Module(body=[], type_ignores=[])");
}

TEST(Parse, CallAndArithmetic) {
  EXPECT_EQ(
      body_of("print(1 + 2 * 3)\n"),
      "Expr(value=Call(func=Name(id='print', ctx=Load()), args=[BinOp(left=Constant(value=1), "
      "op=Add(), "
      "right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3)))], keywords=[]))");
}

TEST(Parse, PowerIsRightAssociativeAndBindsTighterThanUnaryMinus) {
  EXPECT_EQ(body_of("-2 ** -1 ** 3"),
            "Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), "
            "right=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=1), op=Pow(), "
            "right=Constant(value=3))))))");
}

TEST(Parse, GeneratorFunction) {
  EXPECT_EQ(
      body_of("def g(n):\n    yield n\n    yield from h()\n    x = yield\n"),
      "FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='n')], kwonlyargs=[], "
      "kw_defaults=[], defaults=[]), body=[Expr(value=Yield(value=Name(id='n', ctx=Load()))), "
      "Expr(value=YieldFrom(value=Call(func=Name(id='h', ctx=Load()), args=[], keywords=[]))), "
      "Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])");
}

TEST(Parse, TargetsGetStoreAndDelContexts) {
  EXPECT_EQ(body_of("a, [b, *c] = d"),
            "Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), List(elts=[Name(id='b', "
            "ctx=Store()), "
            "Starred(value=Name(id='c', ctx=Store()), ctx=Store())], ctx=Store())], ctx=Store())], "
            "value=Name(id='d', ctx=Load()))");
  EXPECT_EQ(body_of("del a.b, c[0]"),
            "Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), "
            "Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Del())])");
  EXPECT_EQ(
      body_of("for k, v in d: pass"),
      "For(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), "
      "iter=Name(id='d', ctx=Load()), body=[Pass()], orelse=[])");
}

TEST(Parse, ElifBecomesNestedIf) {
  EXPECT_EQ(
      body_of("if a: x\nelif b: y\nelse: z\n"),
      "If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], "
      "orelse=[If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
      "orelse=[Expr(value=Name(id='z', ctx=Load()))])])");
}

TEST(Parse, ChainedComparison) {
  EXPECT_EQ(body_of("a < b is not c not in d"),
            "Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot(), NotIn()], "
            "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', "
            "ctx=Load())]))");
}

TEST(Parse, BareGeneratorArgument) {
  EXPECT_EQ(
      body_of("sum(x for x in y if x)"),
      "Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', "
      "ctx=Load()), "
      "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
      "ifs=[Name(id='x', ctx=Load())], is_async=0)])], keywords=[]))");
}

TEST(Parse, WithParenthesisedItems) {
  EXPECT_EQ(body_of("with (a as b, c): pass"),
            "With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
            "optional_vars=Name(id='b', ctx=Store())), "
            "withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])");
}

TEST(Parse, BigIntegersKeepAllDigits) {
  EXPECT_EQ(body_of("0xFFFFFFFFFFFFFFFFFFFFFFFF_FFFF"),
            "Expr(value=Constant(value=5192296858534827628530496329220095))");
  EXPECT_EQ(body_of("1_000_000"), "Expr(value=Constant(value=1000000))");
}

TEST(Parse, StringsConcatenateAndDecode) {
  EXPECT_EQ(body_of("'a\\n' \"b\" r'\\d'"), "Expr(value=Constant(value='a\\nb\\\\d'))");
  EXPECT_EQ(body_of("b'\\x00' B'\\xff'"), "Expr(value=Constant(value=b'\\x00\\xff'))");
}

TEST(Parse, FStringsMatchCPython) {
  EXPECT_EQ(
      body_of("f'{x!r:>{w}}'"),
      "Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
      "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', "
      "ctx=Load()), "
      "conversion=-1)]))]))");
  EXPECT_EQ(body_of("f'{x=}'"),
            "Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', "
            "ctx=Load()), "
            "conversion=114)]))");
  EXPECT_EQ(body_of("f'{{a}}'"), "Expr(value=JoinedStr(values=[Constant(value='{a}')]))");
}

TEST(Parse, MatchAsANameStillWorks) {
  EXPECT_EQ(body_of("match = 1\nmatch(x)\n"),
            "Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), "
            "Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], "
            "keywords=[]))");
}

TEST(Parse, MatchStatementIsUnsupported) {
  Parsed parsed = parse("x = 1\nmatch x:\n    case 1:\n        pass\ny = 2\n");
  auto all = parsed.sink.sorted();
  ASSERT_EQ(all.size(), 1u) << parsed.rendered;
  EXPECT_EQ(all[0].kind, DiagKind::Unsupported);
  EXPECT_EQ(all[0].message, "yieldc does not support 'match' statements");
  EXPECT_EQ(all[0].span.begin.line, 2u);
  EXPECT_EQ(all[0].span.begin.col, 1u);
}

TEST(Parse, ComplexNumbersAreUnsupported) {
  EXPECT_EQ(first_error("x = 1 + 2j\n"), "1:9: yieldc does not support complex numbers");
}

TEST(Parse, NamedEscapesAreUnsupported) {
  EXPECT_EQ(first_error("x = '\\N{BULLET}'\n"),
            "1:5: yieldc does not support '\\N{...}' escapes in string literals");
}

TEST(Parse, GarbageNeverCrashes) {
  const char* inputs[] = {"(",
                          ")",
                          "'''",
                          "\"",
                          "\\",
                          "def",
                          "f(",
                          "x = [1, 2",
                          "@",
                          "lambda",
                          "\t\tx\n y",
                          "if x:\n",
                          "class",
                          "f'{'",
                          "f'{x!z}'",
                          "\xff\xfe",
                          "x = \xe2\x82\xac",
                          "1__0",
                          "0x"};
  for (const char* input : inputs) {
    Parsed parsed = parse(input);
    EXPECT_TRUE(parsed.sink.has_errors()) << input;
  }
}

}  // namespace
}  // namespace yieldc::frontend::testing

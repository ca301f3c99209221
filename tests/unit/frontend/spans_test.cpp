// Spans follow CPython's positions: 1-based lines, 1-based columns in code
// points, the end one past the last character; a compound statement ends
// where its last body statement ends.
#include "test_support.hpp"

namespace yieldc::frontend::testing {
namespace {

std::string show(const SourceSpan& s) {
  return std::to_string(s.begin.line) + ":" + std::to_string(s.begin.col) + "-" +
         std::to_string(s.end.line) + ":" + std::to_string(s.end.col);
}

Module parse_ok(const std::string& text) {
  Parsed parsed = parse(text);
  EXPECT_FALSE(parsed.sink.has_errors()) << parsed.rendered;
  return parsed.module ? std::move(*parsed.module) : Module{};
}

const Expr& value_of(const Stmt& stmt) {
  if (auto* e = std::get_if<ExprStmt>(&stmt.node)) return *e->value;
  return *std::get<Assign>(stmt.node).value;
}

TEST(Spans, SimpleStatementsAndExpressions) {
  Module m = parse_ok("x = foo(1, 2) + 3\n");
  ASSERT_EQ(m.body.size(), 1u);
  EXPECT_EQ(show(m.body[0].span), "1:1-1:18");
  const Expr& value = value_of(m.body[0]);
  EXPECT_EQ(show(value.span), "1:5-1:18");
  const auto& binop = std::get<BinOp>(value.node);
  EXPECT_EQ(show(binop.left->span), "1:5-1:14");
  EXPECT_EQ(show(binop.right->span), "1:17-1:18");
  const auto& call = std::get<Call>(binop.left->node);
  EXPECT_EQ(show(call.func->span), "1:5-1:8");
  EXPECT_EQ(show(call.args[1].span), "1:12-1:13");
  EXPECT_EQ(show(std::get<Assign>(m.body[0].node).targets[0].span), "1:1-1:2");
}

TEST(Spans, ColumnsCountCodePoints) {
  Module m = parse_ok("s = 'é€😀' + ñ\n");
  const auto& binop = std::get<BinOp>(value_of(m.body[0]).node);
  EXPECT_EQ(show(binop.left->span), "1:5-1:10");
  EXPECT_EQ(show(binop.right->span), "1:13-1:14");
}

TEST(Spans, CompoundStatementsEndWithTheirBody) {
  Module m =
      parse_ok("def f(a):\n    if a:\n        return 1\n    else:\n        return 2\n\nx = 1\n");
  ASSERT_EQ(m.body.size(), 2u);
  EXPECT_EQ(show(m.body[0].span), "1:1-5:17");
  const auto& f = std::get<FunctionDef>(m.body[0].node);
  EXPECT_EQ(show(f.body[0].span), "2:5-5:17");
  EXPECT_EQ(show(f.args.args[0].span), "1:7-1:8");
  EXPECT_EQ(show(m.body[1].span), "7:1-7:6");
}

TEST(Spans, DecoratedFunctionStartsAtDef) {
  Module m = parse_ok("@dec\nasync def f(): pass\n");
  EXPECT_EQ(show(m.body[0].span), "2:1-2:20");
  EXPECT_EQ(show(std::get<FunctionDef>(m.body[0].node).decorator_list[0].span), "1:2-1:5");
}

TEST(Spans, ElifStartsAtItsKeyword) {
  Module m = parse_ok("if a:\n    pass\nelif b:\n    pass\n");
  const auto& outer = std::get<If>(m.body[0].node);
  ASSERT_EQ(outer.orelse.size(), 1u);
  EXPECT_EQ(show(outer.orelse[0].span), "3:1-4:9");
}

TEST(Spans, ParenthesesBelongToTuplesButNotToGroups) {
  Module m = parse_ok("x = (a)\ny = (a, b)\nz = (a for a in b)\n");
  EXPECT_EQ(show(value_of(m.body[0]).span), "1:6-1:7");
  EXPECT_EQ(show(value_of(m.body[1]).span), "2:5-2:11");
  EXPECT_EQ(show(value_of(m.body[2]).span), "3:5-3:19");
}

TEST(Spans, MultiLineStringEndsOnItsLastLine) {
  Module m = parse_ok("s = '''one\ntwo\nthree'''\n");
  EXPECT_EQ(show(value_of(m.body[0]).span), "1:5-3:9");
}

TEST(Spans, FStringExpressionsPointIntoTheFile) {
  Module m = parse_ok("s = f'ab{value + 1}'\n");
  const auto& joined = std::get<JoinedStr>(value_of(m.body[0]).node);
  ASSERT_EQ(joined.values.size(), 2u);
  const auto& formatted = std::get<FormattedValue>(joined.values[1].node);
  EXPECT_EQ(show(formatted.value->span), "1:10-1:19");
}

TEST(Spans, BackslashContinuationAndBrackets) {
  Module m = parse_ok("x = 1 + \\\n    2\ny = [\n  3,\n]\n");
  EXPECT_EQ(show(m.body[0].span), "1:1-2:6");
  EXPECT_EQ(show(m.body[1].span), "3:1-5:2");
}

TEST(Spans, TabsCountAsOneColumn) {
  Module m = parse_ok("if x:\n\ty = 1\n");
  EXPECT_EQ(show(std::get<If>(m.body[0].node).body[0].span), "2:2-2:7");
}

}  // namespace
}  // namespace yieldc::frontend::testing

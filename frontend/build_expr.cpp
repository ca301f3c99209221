// Parse tree -> AST for expressions: operator precedence levels, atoms,
// trailers (calls, subscripts, attributes), displays and comprehensions,
// with CPython's spans (a parenthesised expression keeps its inner span; a
// tuple, list or generator expression includes its brackets) and the
// call-argument checks of CPython's grammar.
#include <set>

#include "frontend/ast_builder.hpp"
#include "frontend/literals.hpp"
#include "frontend/token_source.hpp"

namespace yieldc::frontend {

namespace {

using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;

Token* terminal(ParseTree* tree) {
  auto* node = dynamic_cast<TerminalNode*>(tree);
  return node ? node->getSymbol() : nullptr;
}

BinOpKind binop_kind(size_t type) {
  switch (type) {
    case P::ADD: return BinOpKind::Add;
    case P::MINUS: return BinOpKind::Sub;
    case P::STAR: return BinOpKind::Mult;
    case P::AT: return BinOpKind::MatMult;
    case P::DIV: return BinOpKind::Div;
    case P::IDIV: return BinOpKind::FloorDiv;
    case P::MOD: return BinOpKind::Mod;
    case P::LEFT_SHIFT: return BinOpKind::LShift;
    case P::RIGHT_SHIFT: return BinOpKind::RShift;
    case P::OR_OP: return BinOpKind::BitOr;
    case P::XOR: return BinOpKind::BitXor;
    case P::AND_OP: return BinOpKind::BitAnd;
    default: return BinOpKind::Pow;
  }
}

CmpOpKind cmpop_kind(P::Comp_opContext* op) {
  auto tokens = op->children;
  size_t first = terminal(tokens[0])->getType();
  if (tokens.size() == 2) return first == P::NOT ? CmpOpKind::NotIn : CmpOpKind::IsNot;
  switch (first) {
    case P::LESS_THAN: return CmpOpKind::Lt;
    case P::GREATER_THAN: return CmpOpKind::Gt;
    case P::EQUALS: return CmpOpKind::Eq;
    case P::GT_EQ: return CmpOpKind::GtE;
    case P::LT_EQ: return CmpOpKind::LtE;
    case P::NOT_EQ: return CmpOpKind::NotEq;
    case P::IN: return CmpOpKind::In;
    default: return CmpOpKind::Is;
  }
}

SourceSpan join(const SourceSpan& a, const SourceSpan& b) { return SourceSpan{a.begin, b.end}; }

// Rules that are a bare pass-through when they have a single child.
bool is_pass_through(size_t rule) {
  switch (rule) {
    case P::RuleTest:
    case P::RuleNamedexpr_test:
    case P::RuleOr_test:
    case P::RuleAnd_test:
    case P::RuleNot_test:
    case P::RuleComparison:
    case P::RuleExpr:
    case P::RuleAtom_expr: return true;
    default: return false;
  }
}

}  // namespace

// ---------------------------------------------------------------- dispatch

Expr AstBuilder::any_expr(ParseTree* tree) {
  auto* ctx = dynamic_cast<ParserRuleContext*>(tree);
  // Skip the precedence levels that only hold one operand.
  while (ctx->children.size() == 1 && is_pass_through(ctx->getRuleIndex()) &&
         dynamic_cast<ParserRuleContext*>(ctx->children[0])) {
    ctx = static_cast<ParserRuleContext*>(ctx->children[0]);
  }
  switch (ctx->getRuleIndex()) {
    case P::RuleTest: return test(static_cast<P::TestContext*>(ctx));
    case P::RuleNamedexpr_test: return namedexpr_test(static_cast<P::Namedexpr_testContext*>(ctx));
    case P::RuleOr_test: return or_test(static_cast<P::Or_testContext*>(ctx));
    case P::RuleAnd_test: return and_test(static_cast<P::And_testContext*>(ctx));
    case P::RuleNot_test: return not_test(static_cast<P::Not_testContext*>(ctx));
    case P::RuleComparison: return comparison(static_cast<P::ComparisonContext*>(ctx));
    case P::RuleExpr: return expr(static_cast<P::ExprContext*>(ctx));
    case P::RuleAtom_expr: return atom_expr(static_cast<P::Atom_exprContext*>(ctx));
    case P::RuleAtom: return atom(static_cast<P::AtomContext*>(ctx));
    case P::RuleStar_expr: return star_expr(static_cast<P::Star_exprContext*>(ctx));
    case P::RuleYield_expr: return yield_expr(static_cast<P::Yield_exprContext*>(ctx));
    case P::RuleTestlist_star_expr:
    case P::RuleExprlist: return tuple_or_single(ctx);
    case P::RuleLambdef: {
      auto* l = static_cast<P::LambdefContext*>(ctx);
      return lambdef(l, l->lambda_parameters(), test(l->test()));
    }
    default: break;
  }
  throw std::logic_error("unexpected rule in an expression: " +
                         std::to_string(ctx->getRuleIndex()));
}

Expr AstBuilder::tuple_or_single(ParserRuleContext* ctx) {
  ExprList elts;
  bool comma = false;
  for (auto* child : ctx->children) {
    if (terminal(child)) {
      comma = true;
    } else {
      elts.push_back(any_expr(child));
    }
  }
  if (!comma) return std::move(elts[0]);
  return make_expr(span(ctx), Tuple{std::move(elts), ExprContext::Load});
}

// ---------------------------------------------------------------- operators

Expr AstBuilder::test(P::TestContext* ctx) {
  if (auto* l = ctx->lambdef()) return lambdef(l, l->lambda_parameters(), test(l->test()));
  auto ors = ctx->or_test();
  if (ors.size() == 1) return any_expr(ors[0]);
  IfExp node;
  node.body = any_expr(ors[0]);
  node.test = any_expr(ors[1]);
  node.orelse = test(ctx->test());
  SourceSpan at = join(node.body->span, node.orelse->span);
  return make_expr(at, std::move(node));
}

Expr AstBuilder::lambdef(ParserRuleContext* ctx, P::Lambda_parametersContext* params, Expr body) {
  Lambda node;
  if (params) node.args = lambda_parameters(params);
  node.body = std::move(body);
  return make_expr(span(ctx), std::move(node));
}

Expr AstBuilder::namedexpr_test(P::Namedexpr_testContext* ctx) {
  auto tests = ctx->test();
  if (tests.size() == 1) return test(tests[0]);
  Expr target = test(tests[0]);
  if (!std::holds_alternative<Name>(target.node)) {
    error(target.span,
          fmt::format("cannot use assignment expressions with {}", expr_kind_name(target)));
  } else {
    std::get<Name>(target.node).ctx = ExprContext::Store;
  }
  Expr value = test(tests[1]);
  SourceSpan at = join(target.span, value.span);
  return make_expr(at, NamedExpr{std::move(target), std::move(value)});
}

Expr AstBuilder::or_test(P::Or_testContext* ctx) {
  BoolOp node{BoolOpKind::Or, {}};
  for (auto* operand : ctx->and_test()) node.values.push_back(any_expr(operand));
  if (node.values.size() == 1) return std::move(node.values[0]);
  SourceSpan at = join(node.values.front().span, node.values.back().span);
  return make_expr(at, std::move(node));
}

Expr AstBuilder::and_test(P::And_testContext* ctx) {
  BoolOp node{BoolOpKind::And, {}};
  for (auto* operand : ctx->not_test()) node.values.push_back(any_expr(operand));
  if (node.values.size() == 1) return std::move(node.values[0]);
  SourceSpan at = join(node.values.front().span, node.values.back().span);
  return make_expr(at, std::move(node));
}

Expr AstBuilder::not_test(P::Not_testContext* ctx) {
  if (auto* c = ctx->comparison()) return any_expr(c);
  Expr operand = any_expr(ctx->not_test());
  SourceSpan at{token_begin(ctx->getStart()), operand.span.end};
  return make_expr(at, UnaryOp{UnaryOpKind::Not, std::move(operand)});
}

Expr AstBuilder::comparison(P::ComparisonContext* ctx) {
  auto operands = ctx->expr();
  Compare node;
  node.left = any_expr(operands[0]);
  auto ops = ctx->comp_op();
  for (size_t i = 0; i < ops.size(); ++i) {
    node.ops.push_back(cmpop_kind(ops[i]));
    node.comparators.push_back(any_expr(operands[i + 1]));
  }
  if (ops.empty()) return std::move(*node.left);
  SourceSpan at = join(node.left->span, node.comparators.back().span);
  return make_expr(at, std::move(node));
}

Expr AstBuilder::star_expr(P::Star_exprContext* ctx) {
  return make_expr(span(ctx), Starred{any_expr(ctx->expr()), ExprContext::Load});
}

// The precedence-climbing `expr` rule: an operand, a unary operator, or a
// binary operator whose operands are `expr` again (nested as the AST is).
Expr AstBuilder::expr(P::ExprContext* ctx) {
  if (auto* primary = dynamic_cast<P::PrimaryExprContext*>(ctx)) return atom_expr(primary->atom_expr());
  if (auto* unary = dynamic_cast<P::UnaryExprContext*>(ctx)) {
    UnaryOpKind op = UnaryOpKind::Invert;
    size_t type = unary->getStart()->getType();
    if (type == P::ADD) op = UnaryOpKind::UAdd;
    if (type == P::MINUS) op = UnaryOpKind::USub;
    Expr operand = expr(unary->expr());
    SourceSpan at{token_begin(unary->getStart()), operand.span.end};
    return make_expr(at, UnaryOp{op, std::move(operand)});
  }
  auto* binary = static_cast<P::BinaryExprContext*>(ctx);
  Expr left = expr(binary->expr(0));
  Expr right = expr(binary->expr(1));
  SourceSpan at = join(left.span, right.span);
  BinOpKind op = binop_kind(terminal(binary->children[1])->getType());
  return make_expr(at, BinOp{op, std::move(left), std::move(right)});
}

Expr AstBuilder::yield_expr(P::Yield_exprContext* ctx) {
  SourceSpan at = span(ctx);
  if (ctx->FROM()) return make_expr(at, YieldFrom{test(ctx->test())});
  Yield node;
  if (auto* value = ctx->testlist_star_expr()) node.value = tuple_or_single(value);
  return make_expr(at, std::move(node));
}

// ---------------------------------------------------------------- trailers

Expr AstBuilder::atom_expr(P::Atom_exprContext* ctx) {
  Expr value = atom(ctx->atom());
  SourcePos begin = token_begin(ctx->atom()->getStart());
  for (auto* trailer : ctx->trailer()) {
    SourceSpan at{begin, token_end(trailer->getStop())};
    if (auto* call = dynamic_cast<P::CallTrailerContext*>(trailer)) {
      Call node;
      node.func = std::move(value);
      if (auto* args = call->arglist()) call_arguments(args, node.args, node.keywords);
      value = make_expr(at, std::move(node));
    } else if (auto* sub = dynamic_cast<P::SubscriptTrailerContext*>(trailer)) {
      value = make_expr(at, Subscript{std::move(value), subscript_slice(sub->subscriptlist()),
                                      ExprContext::Load});
    } else {
      auto* attr = static_cast<P::AttributeTrailerContext*>(trailer);
      value =
          make_expr(at, Attribute{std::move(value), attr->NAME()->getText(), ExprContext::Load});
    }
  }
  if (ctx->AWAIT()) {
    SourceSpan at{token_begin(ctx->AWAIT()->getSymbol()), value.span.end};
    return make_expr(at, Await{std::move(value)});
  }
  return value;
}

// Positional, `*`, keyword and `**` arguments in CPython's order rules.
void AstBuilder::call_arguments(P::ArglistContext* ctx, ExprList& args,
                                std::vector<Keyword>& keywords, bool in_class_bases) {
  auto arguments = ctx->argument();
  bool trailing_comma = ctx->COMMA().size() >= arguments.size();
  bool seen_keyword = false;
  bool seen_double_star = false;
  std::set<std::string> keyword_names;
  for (auto* argument : arguments) {
    SourceSpan at = span(argument);
    if (argument->POWER()) {
      seen_double_star = true;
      keywords.push_back(Keyword{at, std::nullopt, test(argument->test(0))});
      continue;
    }
    if (argument->STAR()) {
      if (seen_double_star)
        error(token_span(argument->STAR()->getSymbol()),
              "iterable argument unpacking follows keyword argument unpacking");
      args.push_back(make_expr(at, Starred{test(argument->test(0)), ExprContext::Load}));
      continue;
    }
    auto tests = argument->test();
    if (argument->ASSIGN()) {
      Expr name = test(tests[0]);
      Expr value = test(tests[1]);
      auto* id = std::get_if<Name>(&name.node);
      if (id == nullptr || is_parenthesized(name)) {
        error(join(name.span, value.span),
              "expression cannot contain assignment, perhaps you meant \"==\"?");
        continue;
      }
      if (!keyword_names.insert(id->id).second) {
        error(at, fmt::format("keyword argument repeated: {}", id->id));
      }
      seen_keyword = true;
      keywords.push_back(Keyword{at, id->id, std::move(value)});
      continue;
    }
    // CPython reports this at the last token it read: the closing `)`.
    SourceSpan after = at;
    if (auto* call = dynamic_cast<P::CallTrailerContext*>(ctx->parent))
      after = token_span(call->CLOSE_PAREN()->getSymbol());
    if (auto* cls = dynamic_cast<P::ClassdefContext*>(ctx->parent))
      after = token_span(cls->CLOSE_PAREN()->getSymbol());
    if (seen_double_star) {
      error(after, "positional argument follows keyword argument unpacking");
    } else if (seen_keyword) {
      error(after, "positional argument follows keyword argument");
    }
    if (auto* comp = argument->comp_for()) {
      if (in_class_bases) {
        // CPython's class grammar has no generator argument.
        error(token_span(comp->FOR()->getSymbol()), "invalid syntax");
      }
      GeneratorExp node;
      node.elt = test(tests[0]);
      node.generators = comp_for(comp);
      if (arguments.size() > 1 || trailing_comma) {
        error(at, "Generator expression must be parenthesized");
      }
      // A lone generator argument borrows the call's parentheses.
      auto* parent = dynamic_cast<ParserRuleContext*>(ctx->parent);
      SourceSpan genexp_at = at;
      if (arguments.size() == 1 && parent != nullptr &&
          parent->getStart()->getType() == P::OPEN_PAREN) {
        genexp_at = span(parent);
      }
      args.push_back(make_expr(genexp_at, std::move(node)));
      continue;
    }
    if (argument->WALRUS()) {
      Expr target = test(tests[0]);
      if (!std::holds_alternative<Name>(target.node)) {
        error(target.span,
              fmt::format("cannot use assignment expressions with {}", expr_kind_name(target)));
      } else {
        std::get<Name>(target.node).ctx = ExprContext::Store;
      }
      Expr value = test(tests[1]);
      args.push_back(make_expr(at, NamedExpr{std::move(target), std::move(value)}));
      continue;
    }
    args.push_back(test(tests[0]));
  }
}

Expr AstBuilder::subscript_slice(P::SubscriptlistContext* ctx) {
  ExprList elts;
  for (auto* sub : ctx->subscript()) {
    SourceSpan at = span(sub);
    if (auto* star = sub->star_expr()) {
      elts.push_back(star_expr(star));
      continue;
    }
    if (sub->WALRUS()) {
      Expr target = test(sub->test(0));
      if (std::holds_alternative<Name>(target.node)) {
        std::get<Name>(target.node).ctx = ExprContext::Store;
      } else {
        error(target.span,
              fmt::format("cannot use assignment expressions with {}", expr_kind_name(target)));
      }
      elts.push_back(make_expr(at, NamedExpr{std::move(target), test(sub->test(1))}));
      continue;
    }
    if (sub->COLON().empty()) {
      elts.push_back(test(sub->test(0)));
      continue;
    }
    // lower : upper : step, each optional; colons move to the next slot.
    Slice slice;
    Box<Expr>* slots[] = {&slice.lower, &slice.upper, &slice.step};
    size_t slot = 0;
    for (auto* child : sub->children) {
      if (terminal(child)) {
        ++slot;
      } else if (slot < 3) {
        *slots[slot] = test(static_cast<P::TestContext*>(child));
      }
    }
    elts.push_back(make_expr(at, std::move(slice)));
  }
  // `x[*a]` is a one-element tuple (PEP 646).
  if (elts.size() == 1 && ctx->COMMA().empty() && !std::holds_alternative<Starred>(elts[0].node)) {
    return std::move(elts[0]);
  }
  return make_expr(span(ctx), Tuple{std::move(elts), ExprContext::Load});
}

// ---------------------------------------------------------------- atoms

Expr AstBuilder::atom(P::AtomContext* ctx) {
  SourceSpan at = span(ctx);
  if (auto* name = dynamic_cast<P::NameAtomContext*>(ctx)) {
    return make_expr(at, Name{name->getText(), ExprContext::Load});
  }
  if (auto* number = dynamic_cast<P::NumberAtomContext*>(ctx)) {
    std::string text = number->getText();
    bool is_float = text.find_first_of(".eE") != std::string::npos &&
                    !(text.size() > 1 && (text[1] == 'x' || text[1] == 'X'));
    Constant constant;
    if (is_float) {
      constant.kind = Constant::Kind::Float;
      constant.number = float_literal_value(text);
    } else {
      constant.kind = Constant::Kind::Int;
      constant.text = int_literal_digits(text);
    }
    return make_expr(at, std::move(constant));
  }
  if (auto* strings_ctx = dynamic_cast<P::StringAtomContext*>(ctx)) return strings(strings_ctx);
  if (auto* paren = dynamic_cast<P::ParenAtomContext*>(ctx)) {
    if (auto* y = paren->yield_expr()) {
      Expr value = yield_expr(y);
      mark_parenthesized(value);
      return value;
    }
    if (auto* list = paren->testlist_comp()) return testlist_comp(list, paren, '(');
    return make_expr(at, Tuple{{}, ExprContext::Load});
  }
  if (auto* list = dynamic_cast<P::ListAtomContext*>(ctx)) {
    if (auto* items = list->testlist_comp()) return testlist_comp(items, list, '[');
    return make_expr(at, List{{}, ExprContext::Load});
  }
  if (auto* brace = dynamic_cast<P::BraceAtomContext*>(ctx)) {
    if (auto* items = brace->dictorsetmaker()) return dictorsetmaker(items, brace);
    return make_expr(at, Dict{});
  }
  if (dynamic_cast<P::ImagAtomContext*>(ctx)) {
    unsupported(at, "complex numbers");
    return make_expr(at, Constant{Constant::Kind::Float, "", 0, false});
  }
  Constant constant;
  if (dynamic_cast<P::EllipsisAtomContext*>(ctx)) constant.kind = Constant::Kind::Ellipsis;
  if (dynamic_cast<P::TrueAtomContext*>(ctx)) constant.kind = Constant::Kind::True;
  if (dynamic_cast<P::FalseAtomContext*>(ctx)) constant.kind = Constant::Kind::False;
  return make_expr(at, std::move(constant));
}

// The inside of (...) or [...]: a generator/list comprehension, a tuple or
// list display, or (for parentheses) a grouped expression.
Expr AstBuilder::testlist_comp(P::Testlist_compContext* ctx, ParserRuleContext* brackets,
                               char kind) {
  SourceSpan at = span(brackets);
  ExprList elts;
  for (auto* child : ctx->children) {
    if (!terminal(child) && !dynamic_cast<P::Comp_forContext*>(child))
      elts.push_back(any_expr(child));
  }
  if (auto* comp = ctx->comp_for()) {
    if (std::holds_alternative<Starred>(elts[0].node)) {
      error(elts[0].span, "iterable unpacking cannot be used in comprehension");
    }
    auto generators = comp_for(comp);
    if (kind == '[') return make_expr(at, ListComp{std::move(elts[0]), std::move(generators)});
    return make_expr(at, GeneratorExp{std::move(elts[0]), std::move(generators)});
  }
  if (kind == '[') return make_expr(at, List{std::move(elts), ExprContext::Load});
  if (elts.size() == 1 && ctx->COMMA().empty()) {
    if (std::holds_alternative<Starred>(elts[0].node)) {
      error(elts[0].span, "cannot use starred expression here");
    }
    mark_parenthesized(elts[0]);
    return std::move(elts[0]);
  }
  Expr tuple = make_expr(at, Tuple{std::move(elts), ExprContext::Load});
  mark_parenthesized(tuple);
  return tuple;
}

Expr AstBuilder::dictorsetmaker(P::DictorsetmakerContext* ctx, ParserRuleContext* braces) {
  SourceSpan at = span(braces);
  auto entries = ctx->dict_entry();
  if (!entries.empty()) {
    Dict dict;
    for (auto* entry : entries) {
      if (entry->POWER()) {
        dict.keys.emplace_back();
        dict.values.push_back(any_expr(entry->expr()));
      } else {
        dict.keys.emplace_back(test(entry->test(0)));
        dict.values.push_back(test(entry->test(1)));
      }
    }
    if (auto* comp = ctx->comp_for()) {
      if (!dict.keys[0]) {
        error(span(entries[0]), "dict unpacking cannot be used in dict comprehension");
        return make_expr(at, std::move(dict));
      }
      return make_expr(
          at, DictComp{std::move(*dict.keys[0]), std::move(dict.values[0]), comp_for(comp)});
    }
    return make_expr(at, std::move(dict));
  }
  ExprList elts;
  for (auto* child : ctx->children) {
    if (!terminal(child) && !dynamic_cast<P::Comp_forContext*>(child))
      elts.push_back(any_expr(child));
  }
  if (auto* comp = ctx->comp_for()) {
    if (std::holds_alternative<Starred>(elts[0].node)) {
      error(elts[0].span, "iterable unpacking cannot be used in comprehension");
    }
    return make_expr(at, SetComp{std::move(elts[0]), comp_for(comp)});
  }
  return make_expr(at, Set{std::move(elts)});
}

// `for t in it if c for u in v ...` as a flat list of Comprehensions.
std::vector<Comprehension> AstBuilder::comp_for(P::Comp_forContext* ctx) {
  std::vector<Comprehension> generators;
  P::Comp_forContext* current = ctx;
  while (current != nullptr) {
    Comprehension comprehension;
    comprehension.is_async = current->ASYNC() != nullptr;
    comprehension.target = tuple_or_single(current->exprlist());
    set_target(*comprehension.target, TargetKind::For);
    comprehension.iter = any_expr(current->or_test());
    P::Comp_iterContext* iter = current->comp_iter();
    current = nullptr;
    while (iter != nullptr) {
      if (auto* next = iter->comp_for()) {
        current = next;
        break;
      }
      auto* condition = iter->comp_if();
      comprehension.ifs.push_back(any_expr(condition->or_test()));
      iter = condition->comp_iter();
    }
    generators.push_back(std::move(comprehension));
  }
  return generators;
}

Expr AstBuilder::build_fstring_expr(P::Fstring_exprContext* ctx) {
  if (auto* y = ctx->yield_expr()) return yield_expr(y);
  Expr value = tuple_or_single(ctx->testlist_star_expr());
  if (std::holds_alternative<Starred>(value.node))
    error(value.span, "f-string: cannot use starred expression here");
  return value;
}

}  // namespace yieldc::frontend

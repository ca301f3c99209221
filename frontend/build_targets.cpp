// Assignment targets: Load expressions become Store/Del targets here, and
// the ones that cannot be targets get CPython 3.11's messages. Which
// message CPython picks depends on which of its grammar's invalid_* rules
// fires first (Grammar/python.gram: invalid_named_expression,
// invalid_assignment, _PyPegen_get_invalid_target); the rules are
// reproduced for the cases that matter, cited where they are used.
#include "frontend/ast_builder.hpp"

namespace yieldc::frontend {

namespace {

bool is_constant_kind(const Expr& e, Constant::Kind kind) {
  auto* c = std::get_if<Constant>(&e.node);
  return c != nullptr && c->kind == kind;
}

// _PyPegen_get_invalid_target: the first sub-expression that cannot be
// bound, or null when the whole target is valid.
const Expr* find_invalid_target(const Expr& e, TargetKind kind) {
  if (auto* tuple = std::get_if<Tuple>(&e.node)) {
    for (const Expr& elt : tuple->elts) {
      if (const Expr* bad = find_invalid_target(elt, kind)) return bad;
    }
    return nullptr;
  }
  if (auto* list = std::get_if<List>(&e.node)) {
    for (const Expr& elt : list->elts) {
      if (const Expr* bad = find_invalid_target(elt, kind)) return bad;
    }
    return nullptr;
  }
  if (auto* starred = std::get_if<Starred>(&e.node)) {
    if (kind == TargetKind::Del) return &e;
    return find_invalid_target(*starred->value, kind);
  }
  if (std::holds_alternative<Name>(e.node) || std::holds_alternative<Attribute>(e.node) ||
      std::holds_alternative<Subscript>(e.node)) {
    return nullptr;
  }
  return &e;
}

void set_context(Expr& e, ExprContext ctx) {
  std::visit(Overloaded{
                 [&](Name& n) { n.ctx = ctx; },
                 [&](Attribute& a) { a.ctx = ctx; },
                 [&](Subscript& s) { s.ctx = ctx; },
                 [&](Starred& s) {
                   s.ctx = ctx;
                   set_context(*s.value, ctx);
                 },
                 [&](Tuple& t) {
                   t.ctx = ctx;
                   for (Expr& elt : t.elts) set_context(elt, ctx);
                 },
                 [&](List& l) {
                   l.ctx = ctx;
                   for (Expr& elt : l.elts) set_context(elt, ctx);
                 },
                 [](auto&) {},
             },
             e.node);
}

size_t count_starred(const ExprList& elts) {
  size_t count = 0;
  for (const Expr& elt : elts) count += std::holds_alternative<Starred>(elt.node) ? 1 : 0;
  return count;
}

// CPython's compiler: at most one starred target per tuple/list, and a
// starred target only inside one.
bool check_starred(AstBuilder& builder, const Expr& e, bool top) {
  if (std::holds_alternative<Starred>(e.node) && top) {
    builder.error(e.span, "starred assignment target must be in a list or tuple");
    return false;
  }
  const ExprList* elts = nullptr;
  if (auto* t = std::get_if<Tuple>(&e.node)) elts = &t->elts;
  if (auto* l = std::get_if<List>(&e.node)) elts = &l->elts;
  if (elts == nullptr) return true;
  if (count_starred(*elts) > 1) {
    builder.error(e.span, "multiple starred expressions in assignment");
    return false;
  }
  for (const Expr& elt : *elts) {
    const Expr& inner =
        std::holds_alternative<Starred>(elt.node) ? *std::get<Starred>(elt.node).value : elt;
    if (!check_starred(builder, inner, false)) return false;
  }
  return true;
}

// Expressions CPython's grammar parses at `bitwise_or` level or tighter,
// i.e. that can start an invalid_named_expression.
bool is_bitwise_level(const AstBuilder& builder, const Expr& e) {
  if (builder.is_parenthesized(e)) return true;
  if (auto* u = std::get_if<UnaryOp>(&e.node)) return u->op != UnaryOpKind::Not;
  return !(std::holds_alternative<Compare>(e.node) || std::holds_alternative<BoolOp>(e.node) ||
           std::holds_alternative<Lambda>(e.node) || std::holds_alternative<IfExp>(e.node) ||
           std::holds_alternative<Starred>(e.node) || std::holds_alternative<Yield>(e.node) ||
           std::holds_alternative<YieldFrom>(e.node) || std::holds_alternative<NamedExpr>(e.node));
}

// Whether the expression's text starts with a bitwise_or (the right-hand
// side condition of invalid_named_expression).
bool starts_with_bitwise(const AstBuilder& builder, const Expr& e) {
  if (builder.is_parenthesized(e)) return true;
  if (auto* t = std::get_if<Tuple>(&e.node))
    return !t->elts.empty() && starts_with_bitwise(builder, t->elts[0]);
  if (auto* b = std::get_if<BoolOp>(&e.node)) return starts_with_bitwise(builder, b->values[0]);
  if (auto* c = std::get_if<Compare>(&e.node)) return starts_with_bitwise(builder, *c->left);
  if (auto* i = std::get_if<IfExp>(&e.node)) return starts_with_bitwise(builder, *i->body);
  return is_bitwise_level(builder, e);
}

}  // namespace

std::string expr_kind_name(const Expr& e) {
  return std::visit(Overloaded{
                        [](const Name&) -> std::string { return "name"; },
                        [](const Constant& c) -> std::string {
                          switch (c.kind) {
                            case Constant::Kind::None: return "None";
                            case Constant::Kind::True: return "True";
                            case Constant::Kind::False: return "False";
                            case Constant::Kind::Ellipsis: return "ellipsis";
                            default: return "literal";
                          }
                        },
                        [](const JoinedStr&) -> std::string { return "f-string expression"; },
                        [](const FormattedValue&) -> std::string { return "f-string expression"; },
                        [](const BinOp&) -> std::string { return "expression"; },
                        [](const UnaryOp&) -> std::string { return "expression"; },
                        [](const BoolOp&) -> std::string { return "expression"; },
                        [](const Compare&) -> std::string { return "comparison"; },
                        [](const Call&) -> std::string { return "function call"; },
                        [](const Attribute&) -> std::string { return "attribute"; },
                        [](const Subscript&) -> std::string { return "subscript"; },
                        [](const Slice&) -> std::string { return "slice"; },
                        [](const Starred&) -> std::string { return "starred"; },
                        [](const List&) -> std::string { return "list"; },
                        [](const Tuple&) -> std::string { return "tuple"; },
                        [](const Set&) -> std::string { return "set display"; },
                        [](const Dict&) -> std::string { return "dict literal"; },
                        [](const ListComp&) -> std::string { return "list comprehension"; },
                        [](const SetComp&) -> std::string { return "set comprehension"; },
                        [](const DictComp&) -> std::string { return "dict comprehension"; },
                        [](const GeneratorExp&) -> std::string { return "generator expression"; },
                        [](const Lambda&) -> std::string { return "lambda"; },
                        [](const IfExp&) -> std::string { return "conditional expression"; },
                        [](const NamedExpr&) -> std::string { return "named expression"; },
                        [](const Yield&) -> std::string { return "yield expression"; },
                        [](const YieldFrom&) -> std::string { return "yield expression"; },
                        [](const Await&) -> std::string { return "await expression"; },
                    },
                    e.node);
}

bool AstBuilder::set_target(Expr& target, TargetKind kind) {
  if (const Expr* bad = find_invalid_target(target, kind)) {
    std::string what = expr_kind_name(*bad);
    error(bad->span,
          kind == TargetKind::Del ? "cannot delete " + what : "cannot assign to " + what);
    return false;
  }
  if (kind != TargetKind::Del && !check_starred(*this, target, true)) return false;
  set_context(target, kind == TargetKind::Del ? ExprContext::Del : ExprContext::Store);
  return true;
}

// `targets = value`: CPython first tries invalid_named_expression on the
// first target, which gives "cannot assign to X here. Maybe you meant '=='
// instead of '='?" when a single `=` sits between two bitwise_or
// expressions; otherwise invalid_assignment names the first bad target.
void AstBuilder::check_assign_targets(Assign& node) {
  Expr& first = node.targets[0];
  // invalid_assignment: `(star_targets '=')* yield_expr '='`.
  for (const Expr& target : node.targets) {
    bool is_yield = std::holds_alternative<Yield>(target.node) ||
                    std::holds_alternative<YieldFrom>(target.node);
    if (is_yield && !is_parenthesized(target)) {
      error(target.span, "assignment to yield expression not possible");
      return;
    }
  }
  if (node.targets.size() == 1 && find_invalid_target(first, TargetKind::Assign) != nullptr &&
      starts_with_bitwise(*this, *node.value)) {
    auto* tuple = std::get_if<Tuple>(&first.node);
    const Expr& last = tuple && !is_parenthesized(first) ? tuple->elts.back() : first;
    bool excluded = std::holds_alternative<List>(last.node) ||
                    std::holds_alternative<Tuple>(last.node) ||
                    std::holds_alternative<GeneratorExp>(last.node) ||
                    is_constant_kind(last, Constant::Kind::True) ||
                    is_constant_kind(last, Constant::Kind::None) ||
                    is_constant_kind(last, Constant::Kind::False);
    const Expr& value_first = std::holds_alternative<Tuple>(node.value->node) &&
                                      !is_parenthesized(*node.value) &&
                                      !std::get<Tuple>(node.value->node).elts.empty()
                                  ? std::get<Tuple>(node.value->node).elts[0]
                                  : *node.value;
    if (std::holds_alternative<Name>(last.node)) {
      error(SourceSpan{last.span.begin, value_first.span.end},
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return;
    }
    if (!excluded && is_bitwise_level(*this, last)) {
      error(last.span, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                   expr_kind_name(last)));
      return;
    }
  }
  for (Expr& target : node.targets) {
    if (!set_target(target, TargetKind::Assign)) return;
  }
}

}  // namespace yieldc::frontend

// Parse tree -> AST for statements, with CPython's positions (a compound
// statement ends where its last body statement ends) and the checks that
// CPython's grammar makes but ours leaves to this walk: assignment targets
// (ExprContext Store/Del and "cannot assign to ..."), parameter order.
// Expressions are in build_expr.cpp, string literals in build_strings.cpp.
#include "frontend/ast_builder.hpp"
#include "frontend/token_source.hpp"

namespace yieldc::frontend {

namespace {

using antlr4::Token;

SourcePos end_of(const StmtList& body, SourcePos fallback) {
  return body.empty() ? fallback : body.back().span.end;
}

}  // namespace

// ---------------------------------------------------------------- helpers

SourceSpan AstBuilder::token_span(Token* token) {
  return SourceSpan{token_begin(token), token_end(token)};
}

SourceSpan AstBuilder::span(Token* first, Token* last) const {
  return SourceSpan{token_begin(first), token_end(last)};
}

SourceSpan AstBuilder::span(antlr4::ParserRuleContext* ctx) const {
  Token* start = ctx->getStart();
  Token* stop = ctx->getStop();
  if (stop == nullptr || stop->getTokenIndex() < start->getTokenIndex()) {
    return SourceSpan{token_begin(start), token_begin(start)};
  }
  return span(start, stop);
}

void AstBuilder::error(SourceSpan at, std::string message) {
  sink_.report(DiagKind::SyntaxError, at, std::move(message));
}

void AstBuilder::unsupported(SourceSpan at, std::string what) {
  sink_.report(DiagKind::Unsupported, at, std::move(what));
}

// ---------------------------------------------------------------- module

Module AstBuilder::build_module(P::File_inputContext* ctx) {
  Module module;
  for (auto* statement : ctx->stmt()) stmt(statement, module.body);
  return module;
}

void AstBuilder::stmt(P::StmtContext* ctx, StmtList& out) {
  if (auto* simple = ctx->simple_stmts()) {
    simple_stmts(simple, out);
    return;
  }
  auto* compound = ctx->compound_stmt();
  if (auto* match = compound->match_stmt()) {
    unsupported(token_span(match->MATCH_START()->getSymbol()), "'match' statements");
    return;
  }
  out.push_back(compound_stmt(compound));
}

void AstBuilder::simple_stmts(P::Simple_stmtsContext* ctx, StmtList& out) {
  for (auto* simple : ctx->simple_stmt()) out.push_back(simple_stmt(simple));
}

StmtList AstBuilder::block(P::BlockContext* ctx) {
  StmtList body;
  if (auto* simple = ctx->simple_stmts()) {
    simple_stmts(simple, body);
    return body;
  }
  for (auto* statement : ctx->stmt()) stmt(statement, body);
  return body;
}

// ---------------------------------------------------------------- simple statements

namespace {

std::vector<std::string> names_of(const std::vector<antlr4::tree::TerminalNode*>& nodes) {
  std::vector<std::string> names;
  for (auto* node : nodes) names.push_back(node->getText());
  return names;
}

std::string dotted(P::Dotted_nameContext* ctx) {
  std::string name;
  for (auto* part : ctx->NAME()) {
    if (!name.empty()) name += '.';
    name += part->getText();
  }
  return name;
}

}  // namespace

Stmt AstBuilder::simple_stmt(P::Simple_stmtContext* ctx) {
  SourceSpan at = span(ctx);
  if (auto* e = ctx->expr_stmt()) return expr_stmt(e);
  if (auto* y = ctx->yield_stmt()) return make_stmt(at, ExprStmt{yield_expr(y->yield_expr())});
  if (ctx->pass_stmt()) return make_stmt(at, Pass{});
  if (ctx->break_stmt()) return make_stmt(at, Break{});
  if (ctx->continue_stmt()) return make_stmt(at, Continue{});
  if (auto* r = ctx->return_stmt()) {
    Return node;
    if (auto* value = r->testlist_star_expr()) {
      node.value = tuple_or_single(value);
      check_not_starred(*node.value);
    }
    return make_stmt(at, std::move(node));
  }
  if (auto* r = ctx->raise_stmt()) {
    Raise node;
    auto tests = r->test();
    if (!tests.empty()) node.exc = test(tests[0]);
    if (tests.size() > 1) node.cause = test(tests[1]);
    return make_stmt(at, std::move(node));
  }
  if (auto* d = ctx->del_stmt()) {
    Delete node;
    auto* list = d->exprlist();
    if (list->COMMA().empty()) {
      node.targets.push_back(any_expr(list->children[0]));
    } else {
      for (auto* child : list->children) {
        if (!dynamic_cast<antlr4::tree::TerminalNode*>(child))
          node.targets.push_back(any_expr(child));
      }
    }
    for (Expr& target : node.targets) set_target(target, TargetKind::Del);
    return make_stmt(at, std::move(node));
  }
  if (auto* g = ctx->global_stmt()) return make_stmt(at, Global{names_of(g->NAME())});
  if (auto* n = ctx->nonlocal_stmt()) return make_stmt(at, Nonlocal{names_of(n->NAME())});
  if (auto* a = ctx->assert_stmt()) {
    Assert node;
    auto tests = a->test();
    node.test = test(tests[0]);
    if (tests.size() > 1) node.msg = test(tests[1]);
    return make_stmt(at, std::move(node));
  }
  if (auto* i = ctx->import_name()) {
    Import node;
    for (auto* item : i->dotted_as_name()) {
      Alias alias{span(item), dotted(item->dotted_name()), std::nullopt};
      if (item->NAME()) alias.asname = item->NAME()->getText();
      node.names.push_back(std::move(alias));
    }
    return make_stmt(at, std::move(node));
  }
  return import_from(ctx->import_from());
}

Stmt AstBuilder::import_from(P::Import_fromContext* ctx) {
  ImportFrom node;
  for (auto* dots : ctx->import_dots()) node.level += dots->ELLIPSIS() ? 3 : 1;
  if (auto* name = ctx->dotted_name()) node.module = dotted(name);
  if (ctx->STAR()) {
    node.names.push_back(Alias{token_span(ctx->STAR()->getSymbol()), "*", std::nullopt});
  } else {
    for (auto* item : ctx->import_as_names()->import_as_name()) {
      auto names = item->NAME();
      Alias alias{span(item), names[0]->getText(), std::nullopt};
      if (names.size() > 1) alias.asname = names[1]->getText();
      node.names.push_back(std::move(alias));
    }
  }
  return make_stmt(span(ctx), std::move(node));
}

// `*a` where a value is expected: CPython's compiler rejects it.
void AstBuilder::check_not_starred(const Expr& value) {
  if (std::holds_alternative<Starred>(value.node)) {
    error(value.span, "can't use starred expression here");
  }
}

Stmt AstBuilder::expr_stmt(P::Expr_stmtContext* ctx) {
  SourceSpan at = span(ctx);
  // The right-hand sides in order: testlist_star_expr or yield_expr.
  std::vector<antlr4::tree::ParseTree*> parts;
  for (auto* child : ctx->children) {
    if (!dynamic_cast<antlr4::tree::TerminalNode*>(child) &&
        !dynamic_cast<P::AugassignContext*>(child) && !dynamic_cast<P::AnnassignContext*>(child)) {
      parts.push_back(child);
    }
  }
  Expr first = any_expr(parts[0]);

  if (auto* ann = ctx->annassign()) {
    AnnAssign node;
    node.simple = std::holds_alternative<Name>(first.node) && !is_parenthesized(first);
    if (std::holds_alternative<Starred>(first.node)) {
      // CPython's grammar has no starred annotation target: a plain syntax
      // error at the colon.
      error(token_span(ann->COLON()->getSymbol()), "invalid syntax");
    } else if (std::holds_alternative<Tuple>(first.node) ||
               std::holds_alternative<List>(first.node)) {
      error(first.span, fmt::format("only single target (not {}) can be annotated",
                                    std::holds_alternative<Tuple>(first.node) ? "tuple" : "list"));
    } else if (!std::holds_alternative<Name>(first.node) &&
               !std::holds_alternative<Attribute>(first.node) &&
               !std::holds_alternative<Subscript>(first.node)) {
      error(first.span, "illegal target for annotation");
    } else {
      set_target(first, TargetKind::AnnAssign);
    }
    node.target = std::move(first);
    node.annotation = test(ann->test());
    for (auto* child : ann->children) {
      if (!dynamic_cast<antlr4::tree::TerminalNode*>(child) && child != ann->test()) {
        node.value = any_expr(child);
      }
    }
    return make_stmt(at, std::move(node));
  }

  if (auto* aug = ctx->augassign()) {
    static const std::pair<const char*, BinOpKind> kOps[] = {
        {"+=", BinOpKind::Add},      {"-=", BinOpKind::Sub},     {"*=", BinOpKind::Mult},
        {"@=", BinOpKind::MatMult},  {"/=", BinOpKind::Div},     {"%=", BinOpKind::Mod},
        {"&=", BinOpKind::BitAnd},   {"|=", BinOpKind::BitOr},   {"^=", BinOpKind::BitXor},
        {"<<=", BinOpKind::LShift},  {">>=", BinOpKind::RShift}, {"**=", BinOpKind::Pow},
        {"//=", BinOpKind::FloorDiv}};
    AugAssign node;
    std::string op = aug->getText();
    for (auto& [text, kind] : kOps) {
      if (op == text) node.op = kind;
    }
    bool valid = std::holds_alternative<Name>(first.node) ||
                 std::holds_alternative<Attribute>(first.node) ||
                 std::holds_alternative<Subscript>(first.node);
    if (valid) {
      set_target(first, TargetKind::AugAssign);
    } else {
      error(first.span, fmt::format("'{}' is an illegal expression for augmented assignment",
                                    expr_kind_name(first)));
    }
    node.target = std::move(first);
    node.value = any_expr(parts[1]);
    check_not_starred(*node.value);
    return make_stmt(at, std::move(node));
  }

  if (parts.size() == 1) {
    check_not_starred(first);
    return make_stmt(at, ExprStmt{std::move(first)});
  }

  Assign node;
  node.targets.push_back(std::move(first));
  for (size_t i = 1; i + 1 < parts.size(); ++i) node.targets.push_back(any_expr(parts[i]));
  node.value = any_expr(parts.back());
  check_not_starred(*node.value);
  check_assign_targets(node);
  return make_stmt(at, std::move(node));
}

// ---------------------------------------------------------------- compound statements

Stmt AstBuilder::compound_stmt(P::Compound_stmtContext* ctx) {
  if (auto* s = ctx->if_stmt()) return if_chain(s, 0);
  if (auto* s = ctx->while_stmt()) {
    While node;
    node.test = namedexpr_test(s->namedexpr_test());
    node.body = block(s->block());
    if (auto* e = s->else_clause()) node.orelse = block(e->block());
    SourcePos end = end_of(node.orelse, end_of(node.body, node.test->span.end));
    return make_stmt(SourceSpan{token_begin(s->getStart()), end}, std::move(node));
  }
  if (auto* s = ctx->for_stmt()) {
    For node;
    node.is_async = s->ASYNC() != nullptr;
    node.target = tuple_or_single(s->exprlist());
    set_target(*node.target, TargetKind::For);
    node.iter = tuple_or_single(s->testlist_star_expr());
    node.body = block(s->block());
    if (auto* e = s->else_clause()) node.orelse = block(e->block());
    SourcePos end = end_of(node.orelse, end_of(node.body, node.iter->span.end));
    return make_stmt(SourceSpan{token_begin(s->getStart()), end}, std::move(node));
  }
  if (auto* s = ctx->try_stmt()) return try_stmt(s);
  if (auto* s = ctx->with_stmt()) return with_stmt(s);
  if (auto* s = ctx->funcdef()) return funcdef(s, {});
  if (auto* s = ctx->classdef()) return classdef(s, {});
  auto* decorated = ctx->decorated();
  ExprList decorators;
  for (auto* d : decorated->decorator()) decorators.push_back(namedexpr_test(d->namedexpr_test()));
  if (auto* f = decorated->funcdef()) return funcdef(f, std::move(decorators));
  return classdef(decorated->classdef(), std::move(decorators));
}

// `elif` clauses become Ifs nested in `orelse`, each starting at its
// `elif`, as in CPython's ast.
Stmt AstBuilder::if_chain(P::If_stmtContext* ctx, size_t elif_index) {
  auto elifs = ctx->elif_clause();
  // Each elif nests one If deeper; keep the AST within what recursive
  // passes can walk (CPython itself fails with a MemoryError long before).
  constexpr size_t kMaxElifs = 1000;
  if (elif_index == 0 && elifs.size() > kMaxElifs) {
    error(span(elifs[kMaxElifs]),
          fmt::format("too many 'elif' clauses for yieldc (more than {})", kMaxElifs));
    elifs.resize(kMaxElifs);
  }
  If node;
  Token* first = nullptr;
  if (elif_index == 0) {
    first = ctx->getStart();
    node.test = namedexpr_test(ctx->namedexpr_test());
    node.body = block(ctx->block());
  } else {
    auto* clause = elifs[elif_index - 1];
    first = clause->getStart();
    node.test = namedexpr_test(clause->namedexpr_test());
    node.body = block(clause->block());
  }
  if (elif_index < elifs.size() && elif_index < kMaxElifs) {
    node.orelse.push_back(if_chain(ctx, elif_index + 1));
  } else if (auto* e = ctx->else_clause()) {
    node.orelse = block(e->block());
  }
  SourcePos end = end_of(node.orelse, end_of(node.body, node.test->span.end));
  return make_stmt(SourceSpan{token_begin(first), end}, std::move(node));
}

Stmt AstBuilder::try_stmt(P::Try_stmtContext* ctx) {
  Try node;
  node.body = block(ctx->block());
  for (auto* clause : ctx->except_clause()) {
    if (clause->STAR())
      unsupported(span(clause->EXCEPT()->getSymbol(), clause->STAR()->getSymbol()),
                  "'except*' clauses");
    ExceptHandler handler;
    if (auto* type = clause->test()) handler.type = test(type);
    if (clause->NAME()) handler.name = clause->NAME()->getText();
    handler.body = block(clause->block());
    handler.span = SourceSpan{token_begin(clause->getStart()),
                              end_of(handler.body, token_end(clause->COLON()->getSymbol()))};
    node.handlers.push_back(std::move(handler));
  }
  if (auto* e = ctx->else_clause()) node.orelse = block(e->block());
  if (auto* f = ctx->finally_clause()) node.finalbody = block(f->block());
  SourcePos end = end_of(node.body, token_begin(ctx->getStart()));
  if (!node.handlers.empty()) end = node.handlers.back().span.end;
  end = end_of(node.finalbody, end_of(node.orelse, end));
  return make_stmt(SourceSpan{token_begin(ctx->getStart()), end}, std::move(node));
}

Stmt AstBuilder::with_stmt(P::With_stmtContext* ctx) {
  With node;
  node.is_async = ctx->ASYNC() != nullptr;
  for (auto* item : ctx->with_item()) {
    WithItem with_item;
    with_item.context_expr = test(item->test());
    if (auto* target = item->expr()) {
      with_item.optional_vars = expr(target);
      set_target(*with_item.optional_vars, TargetKind::With);
    }
    node.items.push_back(std::move(with_item));
  }
  node.body = block(ctx->block());
  SourcePos end = end_of(node.body, token_end(ctx->COLON()->getSymbol()));
  return make_stmt(SourceSpan{token_begin(ctx->getStart()), end}, std::move(node));
}

Stmt AstBuilder::funcdef(P::FuncdefContext* ctx, ExprList decorators) {
  FunctionDef node;
  node.name = ctx->NAME()->getText();
  node.is_async = ctx->ASYNC() != nullptr;
  if (auto* params = ctx->parameters()) node.args = parameters(params);
  if (auto* returns = ctx->test()) node.returns = test(returns);
  node.body = block(ctx->block());
  node.decorator_list = std::move(decorators);
  SourcePos end = end_of(node.body, token_end(ctx->COLON()->getSymbol()));
  return make_stmt(SourceSpan{token_begin(ctx->getStart()), end}, std::move(node));
}

Stmt AstBuilder::classdef(P::ClassdefContext* ctx, ExprList decorators) {
  ClassDef node;
  node.name = ctx->NAME()->getText();
  if (auto* args = ctx->arglist()) call_arguments(args, node.bases, node.keywords, true);
  node.body = block(ctx->block());
  node.decorator_list = std::move(decorators);
  SourcePos end = end_of(node.body, token_end(ctx->COLON()->getSymbol()));
  return make_stmt(SourceSpan{token_begin(ctx->getStart()), end}, std::move(node));
}

// ---------------------------------------------------------------- parameters

namespace {

// Collects parameters in the order written and checks that order with
// CPython's messages (its grammar encodes the order; ours accepts any).
class ParamCollector {
 public:
  explicit ParamCollector(AstBuilder& builder) : builder_(builder) {}

  void plain(SourceSpan at, Arg arg, Box<Expr> default_value) {
    if (after_kwargs(at)) return;
    if (seen_star_) {
      args_.kwonlyargs.push_back(std::move(arg));
      args_.kw_defaults.push_back(std::move(default_value));
      return;
    }
    if (default_value) {
      seen_default_ = true;
      args_.defaults.push_back(std::move(*default_value));
    } else if (seen_default_) {
      fail(at, "non-default argument follows default argument");
    }
    args_.args.push_back(std::move(arg));
  }

  void slash(SourceSpan at) {
    if (after_kwargs(at)) return;
    if (seen_star_) return fail(at, "/ must be ahead of *");
    if (seen_slash_) return fail(at, "/ may appear only once");
    if (args_.args.empty()) return fail(at, "at least one argument must precede /");
    seen_slash_ = true;
    args_.posonlyargs = std::move(args_.args);
    args_.args.clear();
  }

  void star(SourceSpan at, std::optional<Arg> vararg) {
    if (after_kwargs(at)) return;
    if (seen_star_) return fail(at, "* argument may appear only once");
    seen_star_ = true;
    if (vararg) {
      args_.vararg = std::move(vararg);
    } else {
      bare_star_ = at;
    }
  }

  void kwargs(SourceSpan at, Arg arg) {
    if (after_kwargs(at)) return;
    seen_kwargs_ = true;
    args_.kwarg = std::move(arg);
  }

  Arguments finish() {
    if (bare_star_.valid() && args_.kwonlyargs.empty())
      fail(bare_star_, "named arguments must follow bare *");
    return std::move(args_);
  }

 private:
  bool after_kwargs(SourceSpan at) {
    if (seen_kwargs_) fail(at, "arguments cannot follow var-keyword argument");
    return seen_kwargs_;
  }
  void fail(SourceSpan at, const char* message) {
    if (failed_) return;
    failed_ = true;
    builder_.error(at, message);
  }

  AstBuilder& builder_;
  Arguments args_;
  bool seen_default_ = false;
  bool seen_slash_ = false;
  bool seen_star_ = false;
  bool seen_kwargs_ = false;
  bool failed_ = false;
  SourceSpan bare_star_;
};

}  // namespace

Arguments AstBuilder::parameters(P::ParametersContext* ctx) {
  ParamCollector collector(*this);
  for (auto* param : ctx->parameter()) {
    SourceSpan at = span(param);
    if (auto* p = dynamic_cast<P::PlainParamContext*>(param)) {
      Arg arg{
          span(p->NAME()->getSymbol(), p->COLON() ? p->test(0)->getStop() : p->NAME()->getSymbol()),
          p->NAME()->getText(), Box<Expr>()};
      Box<Expr> default_value;
      size_t next = 0;
      if (p->COLON()) arg.annotation = test(p->test(next++));
      if (p->ASSIGN()) default_value = test(p->test(next));
      collector.plain(at, std::move(arg), std::move(default_value));
    } else if (auto* p = dynamic_cast<P::StarParamContext*>(param)) {
      std::optional<Arg> vararg;
      if (p->NAME()) {
        vararg = Arg{span(p->NAME()->getSymbol(), p->getStop()), p->NAME()->getText(), Box<Expr>()};
        if (p->test()) vararg->annotation = test(p->test());
      }
      collector.star(token_span(p->STAR()->getSymbol()), std::move(vararg));
    } else if (auto* p = dynamic_cast<P::KwargsParamContext*>(param)) {
      Arg arg{span(p->NAME()->getSymbol(), p->getStop()), p->NAME()->getText(), Box<Expr>()};
      if (p->test()) arg.annotation = test(p->test());
      collector.kwargs(token_span(p->POWER()->getSymbol()), std::move(arg));
    } else {
      collector.slash(at);
    }
  }
  return collector.finish();
}

Arguments AstBuilder::lambda_parameters(P::Lambda_parametersContext* ctx) {
  ParamCollector collector(*this);
  for (auto* param : ctx->lambda_parameter()) {
    SourceSpan at = span(param);
    if (auto* p = dynamic_cast<P::LambdaPlainParamContext*>(param)) {
      Arg arg{token_span(p->NAME()->getSymbol()), p->NAME()->getText(), Box<Expr>()};
      Box<Expr> default_value;
      if (p->test()) default_value = test(p->test());
      collector.plain(at, std::move(arg), std::move(default_value));
    } else if (auto* p = dynamic_cast<P::LambdaStarParamContext*>(param)) {
      std::optional<Arg> vararg;
      if (p->NAME())
        vararg = Arg{token_span(p->NAME()->getSymbol()), p->NAME()->getText(), Box<Expr>()};
      // CPython reports a lambda's bare `*` at the token after it.
      SourceSpan star_at = token_span(p->STAR()->getSymbol());
      if (!vararg)
        star_at = SourceSpan{star_at.end, SourcePos{star_at.end.line, star_at.end.col + 1}};
      collector.star(star_at, std::move(vararg));
    } else if (auto* p = dynamic_cast<P::LambdaKwargsParamContext*>(param)) {
      collector.kwargs(token_span(p->POWER()->getSymbol()),
                       Arg{token_span(p->NAME()->getSymbol()), p->NAME()->getText(), Box<Expr>()});
    } else {
      collector.slash(at);
    }
  }
  return collector.finish();
}

}  // namespace yieldc::frontend

// The parse tree -> AST walk, shared by build_ast.cpp (statements and
// assignment targets), build_expr.cpp (expressions) and build_strings.cpp
// (string literals and f-strings). Internal to the frontend: it is one of
// the few headers that see ANTLR's generated parser.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>

#include "PythonParser.h"
#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/source.hpp"

namespace yieldc::frontend {

using P = yieldc_grammar::PythonParser;

// What an assignment-like target is bound by, for CPython's messages.
enum class TargetKind { Assign, AugAssign, AnnAssign, For, With, Del, NamedExpr };

class AstBuilder {
 public:
  AstBuilder(DiagnosticSink& sink, uint32_t file_line_count)
      : sink_(sink), file_line_count_(file_line_count) {}

  Module build_module(P::File_inputContext* ctx);
  Expr build_fstring_expr(P::Fstring_exprContext* ctx);

  // ---- statements (build_ast.cpp)
  void stmt(P::StmtContext* ctx, StmtList& out);
  void simple_stmts(P::Simple_stmtsContext* ctx, StmtList& out);
  Stmt simple_stmt(P::Simple_stmtContext* ctx);
  Stmt expr_stmt(P::Expr_stmtContext* ctx);
  Stmt compound_stmt(P::Compound_stmtContext* ctx);
  StmtList block(P::BlockContext* ctx);
  Stmt if_chain(P::If_stmtContext* ctx, size_t elif_index);
  Stmt funcdef(P::FuncdefContext* ctx, ExprList decorators);
  Stmt classdef(P::ClassdefContext* ctx, ExprList decorators);
  Stmt try_stmt(P::Try_stmtContext* ctx);
  Stmt with_stmt(P::With_stmtContext* ctx);
  Stmt import_from(P::Import_fromContext* ctx);
  Arguments parameters(P::ParametersContext* ctx);
  Arguments lambda_parameters(P::Lambda_parametersContext* ctx);

  // Turns a Load expression into a target and checks it, with CPython's
  // messages. Returns false (after reporting) when it is not a target.
  bool set_target(Expr& target, TargetKind kind);
  void check_assign_targets(Assign& node);
  // `*a` where a plain value is expected.
  void check_not_starred(const Expr& value);

  // ---- expressions (build_expr.cpp)
  Expr test(P::TestContext* ctx);
  Expr namedexpr_test(P::Namedexpr_testContext* ctx);
  Expr or_test(P::Or_testContext* ctx);
  Expr and_test(P::And_testContext* ctx);
  Expr not_test(P::Not_testContext* ctx);
  Expr comparison(P::ComparisonContext* ctx);
  Expr expr(P::ExprContext* ctx);
  Expr star_expr(P::Star_exprContext* ctx);
  Expr atom_expr(P::Atom_exprContext* ctx);
  Expr atom(P::AtomContext* ctx);
  Expr yield_expr(P::Yield_exprContext* ctx);
  Expr lambdef(antlr4::ParserRuleContext* ctx, P::Lambda_parametersContext* params, Expr body);
  // A comma list (testlist_star_expr, exprlist, ...): a Tuple when it has
  // a comma, else its one element.
  Expr tuple_or_single(antlr4::ParserRuleContext* ctx);
  Expr testlist_comp(P::Testlist_compContext* ctx, antlr4::ParserRuleContext* brackets, char kind);
  Expr dictorsetmaker(P::DictorsetmakerContext* ctx, antlr4::ParserRuleContext* braces);
  std::vector<Comprehension> comp_for(P::Comp_forContext* ctx);
  void call_arguments(P::ArglistContext* ctx, ExprList& args, std::vector<Keyword>& keywords,
                      bool in_class_bases = false);
  Expr subscript_slice(P::SubscriptlistContext* ctx);
  // Dispatches on the rule type of an expression-like child.
  Expr any_expr(antlr4::tree::ParseTree* tree);

  // ---- strings (build_strings.cpp)
  Expr strings(P::StringAtomContext* ctx);

  // ---- helpers
  SourceSpan span(antlr4::ParserRuleContext* ctx) const;
  SourceSpan span(antlr4::Token* first, antlr4::Token* last) const;
  static SourceSpan token_span(antlr4::Token* token);
  void error(SourceSpan at, std::string message);
  void unsupported(SourceSpan at, std::string what);
  bool is_parenthesized(const Expr& e) const { return parenthesized_.count(key(e.span)) != 0; }
  void mark_parenthesized(const Expr& e) { parenthesized_.insert(key(e.span)); }

  DiagnosticSink& sink() { return sink_; }
  uint32_t file_line_count() const { return file_line_count_; }

 private:
  using SpanKey = std::pair<uint64_t, uint64_t>;
  static SpanKey key(const SourceSpan& s) {
    return {(uint64_t{s.begin.line} << 32) | s.begin.col, (uint64_t{s.end.line} << 32) | s.end.col};
  }

  DiagnosticSink& sink_;
  uint32_t file_line_count_;
  // Spans of expressions written inside their own parentheses: CPython's
  // checks (annotation `simple`, "Maybe you meant '=='", generator
  // arguments) depend on them and the AST does not keep them.
  std::set<SpanKey> parenthesized_;
};

// Parses the expression of an f-string replacement field, which starts at
// `origin` in the file (parse.cpp). Errors go to the builder's sink.
std::optional<Expr> parse_fstring_expression(const std::string& text, SourcePos origin,
                                             AstBuilder& builder);

// CPython's name for an expression kind in "cannot assign to ..." messages.
std::string expr_kind_name(const Expr& e);

}  // namespace yieldc::frontend

// The emitter's shared state, private to codegen: the module being
// emitted, the constant pool, and the function (or generator frame) whose
// body is being written. Statements are in emit_stmt.cpp, expressions in
// emit_expr.cpp, the module layout in emit_program.cpp.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "codegen/codegen.hpp"
#include "codegen/cpp_writer.hpp"

namespace yieldc::codegen {

using namespace yieldc::frontend;  // NOLINT: the emitter speaks AST throughout

// A C++ expression and what it evaluates to.
struct Value {
  enum class Kind { Object, Bool };
  std::string code;
  Kind kind = Kind::Object;
  // Can evaluating it run user code or raise? Used to keep Python's
  // left-to-right order where C++ leaves argument order unspecified.
  bool has_effects = true;
};

// One Python function (or the module body) being emitted.
struct FunctionState {
  const Scope* scope = nullptr;
  ScopeId scope_id = -1;
  bool is_generator = false;
  bool is_module = false;
  int next_temp = 0;
  int next_state = 1;
  // Frame fields beyond the Python locals (loop iterators), in order.
  std::vector<std::string> extra_fields;
  // Labels for `break` out of loops that have an `else`: one entry per
  // enclosing loop, empty when a plain C++ `break` does the job.
  std::vector<std::string> break_labels;
};

class Emitter {
 public:
  Emitter(const ScopeTable& scopes, const SourceFile& source, const EmitOptions& options, DiagnosticSink& sink)
      : scopes_(scopes), source_(source), options_(options), sink_(sink) {}

  std::string emit_program(const Module& module);

 private:
  // ---- program layout (emit_program.cpp)
  void collect_functions(const StmtList& body);
  void emit_function(const FunctionDef& def, const Stmt& stmt, CppWriter& decls, CppWriter& defs);
  std::string cpp_parameters(const FunctionDef& def) const;

  // ---- statements (emit_stmt.cpp)
  void emit_body(const StmtList& body, CppWriter& w);
  void emit_stmt(const Stmt& stmt, CppWriter& w);
  void emit_assign_to(const Expr& target, const std::string& value, CppWriter& w);
  void emit_for(const For& loop, const Stmt& stmt, CppWriter& w);
  void emit_while(const While& loop, CppWriter& w);
  void emit_yield_point(const Expr& yield_expr, const std::string* assign_to, CppWriter& w);

  // ---- expressions (emit_expr.cpp)
  Value emit_expr(const Expr& expr);
  std::string object(const Expr& expr);  // as a py::Object expression
  std::string test(const Expr& expr);    // as a C++ bool
  Value emit_name(const Name& name, const Expr& expr);
  Value emit_constant(const Constant& constant);
  Value emit_call(const Call& call, const Expr& expr);
  Value emit_compare(const Compare& compare);
  Value emit_boolop(const BoolOp& boolop);
  // Emits `args` in Python's left-to-right order as a call `prefix(args)`.
  Value ordered_call(const std::string& function, const std::vector<Value>& args);

  // ---- names
  std::string local_name(const std::string& python_name) const;
  std::string global_name(const std::string& python_name) const;
  std::string new_temp(const char* stem);
  std::string string_constant(const std::string& utf8);
  std::string int_constant(const std::string& digits);
  bool is_direct_function(const std::string& name) const;

  void unsupported(const SourceSpan& span, const std::string& what);
  void line_directive(const SourceSpan& span, CppWriter& w);

  const ScopeTable& scopes_;
  const SourceFile& source_;
  const EmitOptions& options_;
  DiagnosticSink& sink_;

  FunctionState* fn_ = nullptr;
  // Module-level functions defined exactly once by a `def` and never
  // rebound: calls to them are direct C++ calls.
  std::map<std::string, const FunctionDef*> functions_;
  // Constant pools, in order of first use (deterministic output).
  std::vector<std::pair<std::string, std::string>> string_pool_;  // name, utf8
  std::vector<std::pair<std::string, std::string>> int_pool_;     // name, digits
};

}  // namespace yieldc::codegen

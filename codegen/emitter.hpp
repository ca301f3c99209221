// The emitter's shared state, private to codegen: the module being
// emitted, the constant pool, and the function (or generator frame) whose
// body is being written. The module layout is in emit_program.cpp,
// functions and frames in emit_function.cpp, names in emit_names.cpp,
// statements in emit_stmt.cpp, try/raise in emit_try.cpp, expressions in
// emit_expr.cpp.
#pragma once

#include <functional>
#include <map>
#include <set>
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
  // The result of a call: a new reference that CPython drops as soon as the
  // call consuming it returns (observable when it owns a generator with a
  // `finally`). Passed to another call, it is held in a named local of a
  // lambda that ends right after that call, not at the end of the C++
  // full-expression.
  bool temporary = false;
};

// Arguments made ready for one call: statements to run first (may be
// empty) and the C++ expression of each argument.
struct Spilled {
  std::string prefix;
  std::vector<std::string> codes;
};

// An enclosing loop, for `break` and `continue`.
struct LoopTarget {
  std::string break_label;  // empty: a plain C++ `break` leaves the loop
  size_t finally_depth;     // how many `finally` blocks enclosed the loop
  size_t region_depth = 0;  // generator frames: active try regions at the loop
  size_t handler_depth = 0; // generator frames: `except` bodies entered at the loop
};

// A `try` region of a generator frame (emit_try.cpp): where the dispatcher
// sends an exception raised while the region's body runs.
struct Region {
  int id;
  int parent;                // enclosing region, -1 for none
  int dispatch_state;        // the handler (or finally) entry state
  const char* kind = "";     // "except", "finally" or "with" (for the plan)
  std::string exception;     // field receiving the exception (except regions)
  std::string how, pending;  // completion record fields (finally regions)
  std::string handler_count; // field: frame handler count at region entry
};

// An enclosing `try ... finally`: `return`, `break` and `continue` that
// leave it record how they left in `how`, jump to `label`, and are resumed
// after the finally body runs (a completion record).
struct FinallyTarget {
  std::string label;
  std::string how;    // int: kNormal / kReturn / kBreak / kContinue / kRaise
  std::string value;  // the pending return value or exception
  size_t loop_depth;  // how many loops enclosed the try
  bool used_return = false, used_break = false, used_continue = false;
};

// One Python function (or the module body, or an inlined comprehension)
// being emitted.
struct FunctionState {
  const Scope* scope = nullptr;
  ScopeId scope_id = -1;
  FunctionState* parent = nullptr;  // the enclosing function, for inlined comprehensions
  bool is_generator = false;  // a generator frame: a generator, coroutine or async generator
  bool is_coroutine = false;  // an `async def` without `yield` (its frame is a coroutine)
  bool is_async_generator = false;  // an `async def` with `yield` (PEP 525)
  bool is_async = false;  // either: `await`, `async for` and `async with` may appear
  bool is_module = false;
  bool is_inlined = false;  // a list/set/dict comprehension inlined into `parent`
  // A class body, run inline where the `class` statement stands: its names
  // live in the namespace dict `class_ns`; `class_object` is the C++ global
  // that will hold the class (for super() in its methods).
  bool is_class = false;
  std::string class_ns;
  std::string class_object;
  int next_temp = 0;
  int next_state = 1;
  // Frame fields beyond the Python locals (loop iterators, try state), in
  // order: C++ type and name.
  std::vector<std::pair<std::string, std::string>> extra_fields;
  // Generator frames: every try region, and the ones active at the point
  // being emitted (innermost last); `except` bodies entered at that point.
  std::vector<Region> regions;
  // Generator frames: every resume state after 0, with what it resumes and
  // its Python line (for --dump-plan).
  struct State {
    int number;
    std::string what;
    uint32_t line;
    int region;         // innermost try region around it, -1 for none
    bool resume_point;  // a yield or yield from
  };
  int innermost_region() const { return region_stack.empty() ? -1 : region_stack.back(); }
  std::vector<State> states;
  std::vector<int> region_stack;
  size_t handler_depth = 0;
  // Free variables, in order: index i is `yc_closure[i]`.
  std::vector<std::string> free_vars;
  std::vector<LoopTarget> loops;
  std::vector<FinallyTarget> finallies;
  int try_depth = 0;  // enclosing `try` statements (a yield inside one needs region tables)
};

// Where a Python name lives at one use site.
struct NameRef {
  enum class Kind { Local, Cell, Global, Builtin, Missing, ClassNamespace };
  Kind kind;
  std::string storage;  // C++ lvalue: the local/field/global, or the Cell object
  bool always_bound = false;  // a parameter: never unbound
  bool free = false;          // a cell of an enclosing function
};

// The runtime function of `x op= y` (py::inplace_add, ...), or null for `@=`.
const char* augmented_function(BinOpKind op);

class Emitter {
 public:
  Emitter(const ScopeTable& scopes, const SourceFile& source, const EmitOptions& options, DiagnosticSink& sink)
      : scopes_(scopes), source_(source), options_(options), sink_(sink) {}

  std::string emit_program(const Module& module);

 private:
  // ---- functions and frames (emit_function.cpp)
  void collect_functions(const StmtList& body);
  std::string cpp_name(ScopeId scope) const;
  // Emits the C++ of a function (or lambda) and returns the expression
  // that creates its function object where the `def` stands.
  std::string emit_function(const std::string& name, ScopeId scope_id, const Arguments& args, const StmtList* body,
                            const Expr* lambda_body, const SourceSpan& span);
  // The same, with the body written by `write_body`; `direct_only` makes no
  // function-object entry and returns the C++ name (generator expressions).
  // `doc` is the docstring (the body's leading str constant), if any.
  // A coroutine that cannot suspend and defines nothing: awaited direct
  // calls run its yc_now:: function.
  bool runs_now(ScopeId scope_id) const;
  // Writes a function's body with `state` as the current function, at
  // `indent` levels, into a writer of its own.
  // One round of an `async for` (statement or comprehension): the next
  // item of async iterator `it`, assigned to `target`.
  void emit_async_next_into(const Expr& target, const std::string& it, uint32_t line, CppWriter& w);
  CppWriter emit_body_of(FunctionState& state, int indent, const std::function<void(CppWriter&)>& write_body);
  void emit_now_function(const FunctionState& coroutine, const std::string& cpp, const std::string& cpp_params,
                         const std::vector<std::string>& locals, const std::function<void(CppWriter&)>& write_body);
  std::string emit_function_with(const std::string& name, ScopeId scope_id, const Arguments& args,
                                 const SourceSpan& span, bool direct_only,
                                 const std::function<void(CppWriter&)>& write_body,
                                 const std::string* doc = nullptr);
  std::string make_function_object(ScopeId scope_id, const Arguments& args, const std::string& cpp);
  void write_plan(const FunctionState& state, const std::vector<const Arg*>& params,
                  const std::vector<std::string>& locals, const std::vector<std::string>& cells,
                  const SourceSpan& span);

  // ---- classes (emit_class.cpp)
  void emit_class(const ClassDef& cls, const Stmt& stmt, CppWriter& w);
  // `super()` with no arguments inside a method: (class object, self).
  std::string zero_arg_super(const SourceSpan& span);

  // ---- names (emit_names.cpp)
  NameRef lookup(const std::string& name) const;
  NameRef lookup_outside_class(const std::string& name) const;
  std::string local_name(const std::string& python_name) const;
  std::string global_name(const std::string& python_name) const;
  Value load_name(const std::string& name, const SourceSpan& span);
  void store_name(const std::string& name, const std::string& value, CppWriter& w);
  std::string new_temp(const char* stem);
  // A new attribute site for `.attr` (py::AttrSite, the inline cache of one
  // getattr, setattr or method call), declared at file scope; its C++ name.
  std::string attr_site(const std::string& attr);
  std::string string_constant(const std::string& utf8);
  std::string int_constant(const std::string& digits);
  std::string bytes_constant(const std::string& data);
  bool is_direct_function(const std::string& name) const;

  // ---- statements (emit_stmt.cpp)
  void emit_body(const StmtList& body, CppWriter& w);
  void emit_stmt(const Stmt& stmt, CppWriter& w);
  void emit_stmt_node(const Stmt& stmt, CppWriter& w);
  void emit_assign_to(const Expr& target, const std::string& value, CppWriter& w);
  void emit_delete(const Expr& target, CppWriter& w);
  void emit_for(const For& loop, const Stmt& stmt, CppWriter& w);
  // `async for` in a coroutine frame: __anext__() awaited each round.
  void emit_async_for(const For& loop, const Stmt& stmt, CppWriter& w);
  void emit_while(const While& loop, const Stmt& stmt, CppWriter& w);
  void emit_yield_point(const Expr& yield_expr, const std::string* assign_to, CppWriter& w);

  // ---- yields inside expressions, yield from, generator expressions (emit_yield.cpp)
  bool contains_yield(const Expr& expr) const;
  // `await f(args)` of a module-level `async def` that cannot suspend
  // (Scope::may_suspend), called directly with positional arguments that
  // do not suspend either: the def, else null. Such an await is not a
  // resume point: the coroutine runs to its end where it stands, its frame
  // on the C++ stack (py::run_immediately).
  const FunctionDef* immediate_await_target(const Expr& expr) const;
  Value emit_immediate_await(const FunctionDef& def, const Call& call);
  // A list, set or dict comprehension that awaits (a coroutine frame the
  // enclosing code awaits, as CPython compiles it).
  bool is_async_comprehension(const Expr& expr) const;
  // Emits the call creating the coroutine of an async comprehension, its
  // first iterable evaluated here; returns the C++ expression.
  std::string emit_async_comprehension(const Expr& expr, CppWriter& w);
  // The `for`/`async for`/`if` clauses of a comprehension that runs in a
  // frame of its own (generator expressions, async comprehensions); the
  // first iterator is the frame's parameter `.0`; `inner` writes the body.
  void emit_comprehension_loops(const std::vector<Comprehension>& generators, const SourceSpan& span, CppWriter& w,
                                const std::function<void(CppWriter&)>& inner);
  // Calls a comprehension's frame function with its closure cells.
  std::string comprehension_call(ScopeId scope_id, const std::string& cpp, const std::string& first_iter);
  // Emits the statements that evaluate `expr` up to its last yield, in
  // Python's order, spilling operands into frame fields; returns the value.
  Value emit_expr_with_yields(const Expr& expr, CppWriter& w);
  // Before a statement: spills the yields of its eagerly evaluated
  // expressions. Returns false when the statement was fully emitted here.
  bool prepare_yields(const Stmt& stmt, CppWriter& w);
  void release_spills(CppWriter& w);
  // Evaluates `expr` into a frame field now, yields and all, so that the
  // operands Python evaluates after it cannot run first.
  std::string spill_now(const Expr& expr, CppWriter& w);
  // An assignment or augmented assignment whose target holds a yield.
  bool prepare_target_yields(const Stmt& stmt, CppWriter& w);
  // `yield from expr` (or `await expr`, with `await`) at a resume point;
  // returns the field with its result.
  std::string emit_yield_from(const Expr& expr, CppWriter& w, bool await = false);
  // The resume point delegating to the C++ expression `delegate` ("yield
  // from", "await" in the plan's `what`); returns the field with its result.
  // With `until_stop_async`, StopAsyncIteration ends the enclosing C++ loop
  // (`async for`) instead of propagating.
  std::string emit_delegation(const std::string& delegate, const char* what, uint32_t line, CppWriter& w,
                              bool until_stop_async = false);
  // `state_ = N; return yielded(value); case N:` and the sent value into
  // `result` (discarded when null).
  void emit_yield_value(const std::string& value, const SourceSpan& span, const std::string* result, CppWriter& w);
  static std::string as_object_code(const Value& v);
  Value emit_genexpr(const GeneratorExp& genexpr, const Expr& expr);
  // `return value`, `break`, `continue` through any enclosing finally blocks.
  void emit_return(const std::string& value, CppWriter& w, size_t finally_depth);
  void emit_break(CppWriter& w, size_t finally_depth);
  void emit_continue(CppWriter& w, size_t finally_depth);

  // ---- try, raise, assert (emit_try.cpp)
  void emit_try(const Try& t, CppWriter& w);
  void emit_try_except(const Try& t, CppWriter& w);
  // Generator frames: try statements as regions of the state machine.
  void emit_try_region(const Try& t, CppWriter& w);
  void emit_except_region(const Try& t, CppWriter& w);
  void emit_region_dispatcher(CppWriter& w);
  // Declares a C++ local (plain functions) or a frame field (generators).
  std::string declare_temp(const char* stem, const char* type, const std::string& init, CppWriter& w);
  // Generator frames: resets `region_` and leaves `except` bodies on the
  // way out to a loop (break/continue) entered at the given depths.
  void leave_regions(size_t region_depth, size_t handler_depth, CppWriter& w);
  void emit_raise(const Raise& r, CppWriter& w);
  // After a finally body: resume the recorded return/break/continue.
  void emit_completion_dispatch(const FinallyTarget& target, CppWriter& w);
  // The `except` clauses as an if/else-if chain over `exc`.
  void emit_handler_chain(const Try& t, const std::string& exc, const std::string& before_rethrow, CppWriter& w);
  // `with` items from `item` on, then the body.
  void emit_with(const With& with, size_t item, CppWriter& w);

  // ---- expressions (emit_expr.cpp)
  Value emit_expr(const Expr& expr);
  std::string object(const Expr& expr);  // as a py::Object expression
  std::string test(const Expr& expr);    // as a C++ bool
  Value emit_constant(const Constant& constant);
  Value emit_call(const Call& call, const Expr& expr);
  Value emit_compare(const Compare& compare);
  Value emit_boolop(const BoolOp& boolop);
  Value emit_comprehension(const std::vector<Comprehension>& generators, ScopeId scope_id, const Expr& expr,
                           const std::string& make_result,
                           const std::function<std::string(const std::string&)>& add_item);
  std::string fstring_field(const FormattedValue& f);
  // Emits `args` in Python's left-to-right order as a call `function(args)`.
  Value ordered_call(const std::string& function, const std::vector<Value>& args);
  // Spills arguments into named locals when C++ would evaluate them out of
  // order (two with effects) or keep a temporary alive too long.
  Spilled spill(const std::vector<Value>& args);
  // `prefix` run before `call`, in a lambda when there is a prefix.
  static std::string with_prefix(const std::string& prefix, const std::string& call);
  // The Args of a call: `{a, b}` or `{{a, b}, {{"k", v}}}`, or a temporary
  // built by statements when there are `*`/`**` arguments.
  std::string call_args(const Call& call, bool* has_effects);
  // `call_prefix` + the arguments + ")", wrapped as the shape of `args` needs.
  std::string wrap_args(const std::string& call_prefix, const std::string& args);
  // List and tuple displays with `*iterable` items.
  static bool has_starred_item(const std::vector<Expr>& items);
  std::string starred_display(const std::vector<Expr>& items, const std::string& list);

  void unsupported(const SourceSpan& span, const std::string& what);
  void line_directive(const SourceSpan& span, CppWriter& w);
  // `yc_f.line = N`: the running frame's line, for tracebacks.
  std::string frame_line(uint32_t line) const;
  // The file name of tracebacks: absolute, as CPython's `__file__` of a script.
  std::string code_filename() const;

  const ScopeTable& scopes_;
  const SourceFile& source_;
  const EmitOptions& options_;
  DiagnosticSink& sink_;

  FunctionState* fn_ = nullptr;
  // Module-level functions defined exactly once by a `def` and never
  // rebound: calls to them with plain positional arguments are direct.
  std::map<std::string, const FunctionDef*> functions_;
  // Names some scope assigns as module globals (computed once).
  std::set<std::string> assigned_globals_;
  // C++ globals holding class objects, in emission order.
  std::vector<std::string> class_objects_;
  // Declarations and definitions of every function, in emission order.
  CppWriter decls_;
  int next_site_ = 0;
  CppWriter defs_;
  // Sub-expressions already evaluated into fields (yield spilling).
  std::map<const Expr*, std::string> substitutions_;
  std::vector<std::string> spilled_;
  // Constant pools, in order of first use (deterministic output).
  std::vector<std::pair<std::string, std::string>> string_pool_;  // name, utf8
  std::vector<std::pair<std::string, std::string>> int_pool_;     // name, digits
  std::vector<std::pair<std::string, std::string>> bytes_pool_;   // name, data
};

}  // namespace yieldc::codegen

// yieldc's own AST: one plain struct per Python construct, named and shaped
// after CPython's `ast` module so that `--dump-ast` can be compared with
// `ast.dump`. Built once from the ANTLR parse tree by build_ast.cpp; nothing
// else in the compiler sees ANTLR. Later stages annotate it in place: resolve
// fills the scope ids, infer fills the type slots.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "frontend/source.hpp"

namespace yieldc::frontend {

// A move-only owning pointer that may be empty (an absent optional child,
// such as the value of a bare `return`).
template <class T>
class Box {
 public:
  Box() = default;
  Box(T value) : ptr_(std::make_unique<T>(std::move(value))) {}  // NOLINT: implicit by design
  Box(Box&&) noexcept = default;
  Box& operator=(Box&&) noexcept = default;

  explicit operator bool() const { return ptr_ != nullptr; }
  T& operator*() const { return *ptr_; }
  T* operator->() const { return ptr_.get(); }
  T* get() const { return ptr_.get(); }

 private:
  std::unique_ptr<T> ptr_;
};

// The static type of an expression. `object` until infer knows better.
struct TypeRef {
  enum class Kind : uint8_t { Object, None, Bool, Int, Float, Str };
  Kind kind = Kind::Object;
  static TypeRef object() { return {}; }
};

struct Expr;
struct Stmt;
using ExprList = std::vector<Expr>;
using StmtList = std::vector<Stmt>;

// Index of a scope in the resolver's table; -1 until resolve runs.
using ScopeId = int32_t;

// ---------------------------------------------------------------- operators

enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
// Whether a name is read, bound or deleted where it appears.
enum class ExprContext : uint8_t { Load, Store, Del };

// ---------------------------------------------------------------- expressions

struct Name {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

// A literal. Ints keep their decimal digits (already stripped of `_` and
// converted from 0x/0o/0b) because they may not fit in 64 bits.
struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes };
  Kind kind = Kind::None;
  std::string text;   // Int: decimal digits; Str: UTF-8 value; Bytes: raw bytes
  double number = 0;  // Float
  // The literal began with a `u` prefix: CPython's ast records kind='u'.
  bool u_prefix = false;
};

// One `{...}` of an f-string.
struct FormattedValue {
  Box<Expr> value;
  char conversion = 0;    // 0, 's', 'r' or 'a'
  Box<Expr> format_spec;  // a JoinedStr, or empty
};

// An f-string: Constant(Str) and FormattedValue parts, in order. Adjacent
// literals (`"a" f"b{x}"`) are merged into one JoinedStr, as CPython does.
struct JoinedStr {
  ExprList values;
};

struct BinOp {
  BinOpKind op;
  Box<Expr> left;
  Box<Expr> right;
};

struct UnaryOp {
  UnaryOpKind op;
  Box<Expr> operand;
};

// `a and b and c` is one BoolOp with three values.
struct BoolOp {
  BoolOpKind op;
  ExprList values;
};

// `a < b <= c` is one Compare: left=a, ops=[Lt, LtE], comparators=[b, c].
struct Compare {
  Box<Expr> left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
};

// `name=value`, or `**value` when `arg` is empty.
struct Keyword {
  SourceSpan span;
  std::optional<std::string> arg;
  Box<Expr> value;
};

// Positional arguments may include Starred (`*xs`).
struct Call {
  Box<Expr> func;
  ExprList args;
  std::vector<Keyword> keywords;
};

struct Attribute {
  Box<Expr> value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

// `value[slice]`; a multi-dimensional subscript has a Tuple as its slice.
struct Subscript {
  Box<Expr> value;
  Box<Expr> slice;
  ExprContext ctx = ExprContext::Load;
};

// `lower:upper:step` inside a subscript; each part may be empty.
struct Slice {
  Box<Expr> lower;
  Box<Expr> upper;
  Box<Expr> step;
};

struct Starred {
  Box<Expr> value;
  ExprContext ctx = ExprContext::Load;
};

struct List {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct Set {
  ExprList elts;
};

// `{k: v, **m}`: for `**m` the key is empty.
struct Dict {
  std::vector<Box<Expr>> keys;
  ExprList values;
};

// One `for target in iter if cond ...` clause of a comprehension.
struct Comprehension {
  Box<Expr> target;
  Box<Expr> iter;
  ExprList ifs;
  bool is_async = false;
};

struct ListComp {
  Box<Expr> elt;
  std::vector<Comprehension> generators;
  ScopeId scope = -1;
};

struct SetComp {
  Box<Expr> elt;
  std::vector<Comprehension> generators;
  ScopeId scope = -1;
};

struct DictComp {
  Box<Expr> key;
  Box<Expr> value;
  std::vector<Comprehension> generators;
  ScopeId scope = -1;
};

struct GeneratorExp {
  Box<Expr> elt;
  std::vector<Comprehension> generators;
  ScopeId scope = -1;
};

struct Arg {
  SourceSpan span;
  std::string name;
  Box<Expr> annotation;
};

// A parameter list, as CPython's ast.arguments: `defaults` belong to the last
// positional parameters (posonlyargs then args); `kw_defaults` has one slot
// per kwonlyarg, empty where there is no default.
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::optional<Arg> vararg;
  std::vector<Arg> kwonlyargs;
  std::vector<Box<Expr>> kw_defaults;
  std::optional<Arg> kwarg;
  ExprList defaults;
};

struct Lambda {
  Arguments args;
  Box<Expr> body;
  ScopeId scope = -1;
};

// `body if test else orelse`
struct IfExp {
  Box<Expr> test;
  Box<Expr> body;
  Box<Expr> orelse;
};

// `target := value`
struct NamedExpr {
  Box<Expr> target;
  Box<Expr> value;
};

// A bare `yield` has an empty value.
struct Yield {
  Box<Expr> value;
};

struct YieldFrom {
  Box<Expr> value;
};

struct Await {
  Box<Expr> value;
};

struct Expr {
  SourceSpan span;
  TypeRef type = TypeRef::object();
  std::variant<Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare, Call,
               Attribute, Subscript, Slice, Starred, List, Tuple, Set, Dict, ListComp, SetComp,
               DictComp, GeneratorExp, Lambda, IfExp, NamedExpr, Yield, YieldFrom, Await>
      node;
};

// ---------------------------------------------------------------- statements

struct FunctionDef {
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  Box<Expr> returns;
  bool is_async = false;
  ScopeId scope = -1;
};

struct ClassDef {
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
  ScopeId scope = -1;
};

struct Return {
  Box<Expr> value;
};

struct Delete {
  ExprList targets;
};

// `a = b = value` has two targets.
struct Assign {
  ExprList targets;
  Box<Expr> value;
};

struct AugAssign {
  Box<Expr> target;
  BinOpKind op;
  Box<Expr> value;
};

// `target: annotation [= value]`; `simple` when the target is a plain name
// not in parentheses.
struct AnnAssign {
  Box<Expr> target;
  Box<Expr> annotation;
  Box<Expr> value;
  bool simple = true;
};

struct For {
  Box<Expr> target;
  Box<Expr> iter;
  StmtList body;
  StmtList orelse;
  bool is_async = false;
};

struct While {
  Box<Expr> test;
  StmtList body;
  StmtList orelse;
};

// `elif` chains are nested Ifs in `orelse`, as in CPython's ast.
struct If {
  Box<Expr> test;
  StmtList body;
  StmtList orelse;
};

struct WithItem {
  Box<Expr> context_expr;
  Box<Expr> optional_vars;
};

struct With {
  std::vector<WithItem> items;
  StmtList body;
  bool is_async = false;
};

struct Raise {
  Box<Expr> exc;
  Box<Expr> cause;
};

struct ExceptHandler {
  SourceSpan span;
  Box<Expr> type;
  std::optional<std::string> name;
  StmtList body;
};

struct Try {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};

struct Assert {
  Box<Expr> test;
  Box<Expr> msg;
};

struct Alias {
  SourceSpan span;
  std::string name;  // dotted for `import a.b`
  std::optional<std::string> asname;
};

struct Import {
  std::vector<Alias> names;
};

// `from .mod import a as b`: module may be empty for `from . import x`.
struct ImportFrom {
  std::string module;
  std::vector<Alias> names;
  int level = 0;
};

struct Global {
  std::vector<std::string> names;
};

struct Nonlocal {
  std::vector<std::string> names;
};

struct ExprStmt {
  Box<Expr> value;
};

struct Pass {};
struct Break {};
struct Continue {};

struct Stmt {
  SourceSpan span;
  std::variant<FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
               With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass,
               Break, Continue>
      node;
};

struct Module {
  StmtList body;
  ScopeId scope = -1;
};

// Builds an Expr/Stmt from a span and a node, for code that constructs AST.
template <class Node>
Expr make_expr(SourceSpan span, Node node) {
  return Expr{span, TypeRef::object(), std::move(node)};
}
template <class Node>
Stmt make_stmt(SourceSpan span, Node node) {
  return Stmt{span, std::move(node)};
}

// The `overloaded` helper for std::visit with a set of lambdas.
template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace yieldc::frontend

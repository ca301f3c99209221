// Name resolution results: one Scope per module, function, lambda,
// comprehension and class body, with every name's binding decided by
// Python's rules (local, global, free, cell) and each function's kind
// (plain, generator, coroutine, async generator).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace yieldc::frontend {

enum class ScopeKind { Module, Function, Lambda, Comprehension, Class };

enum class FunctionKind { Plain, Generator, Coroutine, AsyncGenerator };

// Where a name used in a scope lives.
enum class Binding {
  Local,     // bound in this scope, not captured by an inner scope
  Cell,      // bound in this scope and captured by an inner scope
  Free,      // bound in an enclosing function scope (closure or nonlocal)
  Global,    // declared `global`, or bound at module level
  Implicit,  // not bound anywhere in the enclosing functions: global or builtin
};

struct Symbol {
  Binding binding = Binding::Implicit;
  bool assigned = false;   // bound in this scope (assignment, def, import, for, ...)
  bool parameter = false;  // a parameter of this function
  bool used = false;       // read in this scope
  bool loaded = false;     // read by a plain name load (not `x += 1`): CPython's USE
  bool annotated = false;  // target of `x: T` in this scope
  int binding_sites = 0;   // how many places bind it (each assignment, def, import, ...)
  int def_sites = 0;       // how many of those are `def` statements
  int import_sites = 0;    // how many of those are imports
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  FunctionKind function_kind = FunctionKind::Plain;
  std::string name;      // `countdown`, `<lambda>`, `<genexpr>`, `<module>`
  std::string qualname;  // `C.m`, `f.<locals>.g`, `f.<locals>.<genexpr>`
  ScopeId parent = -1;
  SourceSpan span;
  // List, set and dict comprehensions run to completion where they stand,
  // so codegen inlines them into the enclosing function: the names they
  // share with it need no cells (a generator expression, which runs later,
  // does capture cells).
  bool inlined = false;
  // The body has an `await`, `async for`, `async with` or asynchronous
  // comprehension of its own (not of a nested function): only then can a
  // coroutine suspend. Codegen runs an awaited call of a coroutine that
  // cannot suspend to its end at once (py::run_immediately).
  bool may_suspend = false;
  // Names in order of first appearance, so emitted code is deterministic.
  std::vector<std::string> names;
  std::map<std::string, Symbol> symbols;

  bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }
  const Symbol* find(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? nullptr : &it->second;
  }
};

struct ScopeTable {
  std::vector<Scope> scopes;  // index = ScopeId; 0 is the module

  const Scope& operator[](ScopeId id) const { return scopes.at(static_cast<size_t>(id)); }
};

// Fills the `scope` ids of the module's scoped nodes and returns the table.
// Reports CPython's name errors (nonlocal at module level, ...) to `sink`.
ScopeTable resolve(Module& module, DiagnosticSink& sink);

}  // namespace yieldc::frontend

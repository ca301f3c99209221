// The subset check: CPython's own compile-time errors that need the scopes
// (`'yield' outside function`, `'break' outside loop`, ...) in CPython's
// words, and the constructs the runtime cannot honour, named as
// `yieldc does not support ...`. Runs after resolve, before codegen.
#pragma once

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/scope.hpp"

namespace yieldc::frontend {

void check_module(const Module& module, const ScopeTable& scopes, DiagnosticSink& sink);

}  // namespace yieldc::frontend

// Codegen's entry point: a resolved module in, C++ text out. Constructs the
// lowering does not handle yet are reported as diagnostics at their
// position; nothing is emitted then.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "codegen/plan.hpp"

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/scope.hpp"
#include "frontend/source.hpp"

namespace yieldc::codegen {

struct EmitOptions {
  bool line_directives = true;  // `#line N "file.py"` before each statement
  std::string yieldc_version;   // named in the banner
  // When set, receives the plan of every generator frame, in the order
  // they are emitted (`yieldc check --dump-plan`).
  std::vector<GeneratorPlan>* plans = nullptr;
};

// The whole program as one C++ translation unit with a `main`.
std::optional<std::string> emit_program(const frontend::Module& module, const frontend::ScopeTable& scopes,
                                        const frontend::SourceFile& source, const EmitOptions& options,
                                        frontend::DiagnosticSink& sink);

}  // namespace yieldc::codegen

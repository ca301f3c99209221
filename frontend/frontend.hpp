// The frontend's entry points: Python text in, a checked AST out. Each stage
// is a function from one structure to the next; errors go to the sink and the
// caller stops when the sink has any.
#pragma once

#include <optional>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/source.hpp"

namespace yieldc::frontend {

// Parses a whole file. Returns nothing when a syntax error made the tree
// unusable; every syntax error found is in `sink`.
std::optional<Module> parse_module(const SourceFile& source, DiagnosticSink& sink);

}  // namespace yieldc::frontend

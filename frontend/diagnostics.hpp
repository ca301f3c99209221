// Diagnostics: collected for a whole file, sorted by position, rendered as
//   file:line:col: error: message
//   <the source line, verbatim>
//   <caret under the column, ~ under the rest of the span>
// The kinds live in diagnostic_kinds.def; checks report them where they find
// the problem.
#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "frontend/source.hpp"

namespace yieldc::frontend {

enum class Severity { Error, Warning, Note };

enum class DiagKind {
#define DIAG(name, severity, format) name,
#include "frontend/diagnostic_kinds.def"
#undef DIAG
};

struct Diagnostic {
  DiagKind kind;
  Severity severity;
  SourceSpan span;
  std::string message;
};

const char* diag_format(DiagKind kind);
Severity diag_severity(DiagKind kind);

class DiagnosticSink {
 public:
  template <class... Args>
  void report(DiagKind kind, SourceSpan span, Args&&... args) {
    add(Diagnostic{kind, diag_severity(kind), span,
                   fmt::format(fmt::runtime(diag_format(kind)), std::forward<Args>(args)...)});
  }
  void add(Diagnostic diagnostic);

  bool has_errors() const;
  // Diagnostics sorted by position; a second one at the same place as an
  // earlier one is dropped (the first is the more specific one).
  std::vector<Diagnostic> sorted() const;
  // Renders every diagnostic against `source`.
  std::string render(const SourceFile& source) const;

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace yieldc::frontend

// DiagnosticSink: collects, sorts and renders diagnostics. Rendering quotes
// the source line verbatim and builds the caret prefix from the line's own
// whitespace, so that tabs line up in any terminal.
#include "frontend/diagnostics.hpp"

#include <algorithm>

namespace yieldc::frontend {

namespace {

struct KindInfo {
  Severity severity;
  const char* format;
};

constexpr KindInfo kKindInfo[] = {
#define DIAG(name, severity, format) {Severity::severity, format},
#include "frontend/diagnostic_kinds.def"
#undef DIAG
};

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

bool before(const SourcePos& a, const SourcePos& b) {
  return a.line != b.line ? a.line < b.line : a.col < b.col;
}

bool same_pos(const SourcePos& a, const SourcePos& b) { return a.line == b.line && a.col == b.col; }

// Splits `line` into its code points (as byte ranges) so that columns, which
// count code points, can be mapped to bytes.
std::vector<std::string_view> code_points(std::string_view line) {
  std::vector<std::string_view> points;
  for (size_t i = 0; i < line.size();) {
    size_t width = 1;
    auto byte = static_cast<unsigned char>(line[i]);
    if (byte >= 0xF0 && byte < 0xF8) {
      width = 4;
    } else if (byte >= 0xE0 && byte < 0xF0) {
      width = 3;
    } else if (byte >= 0xC0 && byte < 0xE0) {
      width = 2;
    }
    width = std::min(width, line.size() - i);
    points.push_back(line.substr(i, width));
    i += width;
  }
  return points;
}

// The line under the quoted source: whitespace copied from the line up to
// the column, a caret, then `~` under the rest of the span on that line.
std::string caret_line(std::string_view line, const SourceSpan& span) {
  auto points = code_points(line);
  std::string out;
  uint32_t col = std::max<uint32_t>(span.begin.col, 1);
  for (uint32_t i = 1; i < col; ++i) {
    bool tab = i - 1 < points.size() && points[i - 1] == "\t";
    out += tab ? '\t' : ' ';
  }
  out += '^';
  uint32_t end_col = static_cast<uint32_t>(points.size()) + 1;
  if (span.end.line == span.begin.line && span.end.col > col)
    end_col = std::min(end_col, span.end.col);
  if (span.end.line != 0 && before(span.end, span.begin)) end_col = col;
  for (uint32_t i = col + 1; i < end_col; ++i) out += '~';
  return out;
}

}  // namespace

const char* diag_format(DiagKind kind) { return kKindInfo[static_cast<int>(kind)].format; }

Severity diag_severity(DiagKind kind) { return kKindInfo[static_cast<int>(kind)].severity; }

void DiagnosticSink::add(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }

bool DiagnosticSink::has_errors() const {
  return std::any_of(diagnostics_.begin(), diagnostics_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> all = diagnostics_;
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return before(a.span.begin, b.span.begin);
  });
  std::vector<Diagnostic> kept;
  for (auto& diagnostic : all) {
    if (!kept.empty() && same_pos(kept.back().span.begin, diagnostic.span.begin)) continue;
    kept.push_back(std::move(diagnostic));
  }
  return kept;
}

std::string DiagnosticSink::render(const SourceFile& source) const {
  std::string out;
  for (const Diagnostic& diagnostic : sorted()) {
    const SourcePos& pos = diagnostic.span.begin;
    if (pos.line == 0) {
      out += fmt::format("{}: {}: {}\n", source.path(), severity_name(diagnostic.severity),
                         diagnostic.message);
      continue;
    }
    out += fmt::format("{}:{}:{}: {}: {}\n", source.path(), pos.line, pos.col,
                       severity_name(diagnostic.severity), diagnostic.message);
    if (pos.line > source.line_count()) continue;
    std::string_view line = source.line(pos.line);
    out += line;
    out += '\n';
    out += caret_line(line, diagnostic.span);
    out += '\n';
  }
  return out;
}

}  // namespace yieldc::frontend

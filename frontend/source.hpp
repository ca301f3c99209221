// Source files and positions. A SourceSpan is what every AST node and every
// diagnostic carries: 1-based lines and 1-based columns counted in code
// points, the way CPython's SyntaxError reports them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yieldc::frontend {

struct SourcePos {
  uint32_t line = 0;  // 1-based; 0 means "no position"
  uint32_t col = 0;   // 1-based, in code points
};

struct SourceSpan {
  SourcePos begin;
  SourcePos end;  // one past the last code point of the construct

  bool valid() const { return begin.line != 0; }
};

// The text of one Python file, split into lines once so that diagnostics,
// `#line` comments and tracebacks can quote it.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The line's text without its line terminator; empty if out of range.
  std::string_view line(uint32_t number) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

// Number of code points in a UTF-8 string (invalid bytes count one each).
size_t utf8_length(std::string_view text);

}  // namespace yieldc::frontend

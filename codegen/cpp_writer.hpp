// Indented C++ text with `#line` directives back to the Python source.
#pragma once

#include <string>
#include <string_view>

namespace yieldc::codegen {

class CppWriter {
 public:
  void line(std::string_view text);
  // A line exactly as given, without indentation.
  void line_raw(std::string_view text) {
    out_ += text;
    out_ += '\n';
  }
  void blank() { out_ += '\n'; }
  // `#line N "file"`, with the Python line quoted as a trailing comment.
  void line_directive(uint32_t line, std::string_view file, std::string_view python_text);
  // A `case N:` label, outdented one level so it reads as part of the switch.
  void case_label(int state, std::string_view comment);
  void indent() { ++depth_; }
  void dedent() { --depth_; }
  void append(const CppWriter& other);

  const std::string& text() const { return out_; }

 private:
  std::string out_;
  int depth_ = 0;
};

// A C++ string literal holding exactly `bytes` (octal escapes for anything
// not printable ASCII, so the literal is valid whatever follows it).
std::string cpp_string_literal(std::string_view bytes);

}  // namespace yieldc::codegen

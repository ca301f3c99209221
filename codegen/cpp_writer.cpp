// CppWriter: indentation, `#line` directives, string literals.
#include "codegen/cpp_writer.hpp"

#include <fmt/format.h>

namespace yieldc::codegen {

void CppWriter::line(std::string_view text) {
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  out_ += text;
  out_ += '\n';
}

void CppWriter::line_directive(uint32_t line_number, std::string_view file, std::string_view python_text) {
  // Directives start in column 0; the Python text follows as a comment.
  std::string_view trimmed = python_text;
  while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.remove_prefix(1);
  while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == ' ')) trimmed.remove_suffix(1);
  std::string comment(trimmed);
  // A trailing backslash would continue the comment onto the next line.
  if (!comment.empty() && comment.back() == '\\') comment += ' ';
  out_ += fmt::format("#line {} {}  // {}\n", line_number, cpp_string_literal(file), comment);
}

void CppWriter::case_label(int state, std::string_view comment) {
  out_.append(static_cast<size_t>(depth_ > 0 ? depth_ - 1 : 0) * 2, ' ');
  out_ += fmt::format("case {}:  // {}\n", state, comment);
}

void CppWriter::append(const CppWriter& other) { out_ += other.out_; }

std::string cpp_string_literal(std::string_view bytes) {
  std::string out = "\"";
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '?') {
      out += "\\?";  // no trigraphs
    } else if (c >= 0x20 && c < 0x7F) {
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += fmt::format("\\{:03o}", c);
    }
  }
  out += '"';
  return out;
}

}  // namespace yieldc::codegen

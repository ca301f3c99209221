// SourceFile: the text of a Python file split into lines once, so that
// diagnostics and `#line` comments can quote it. Line terminators are
// "\n", "\r\n" and a lone "\r", as CPython's universal newlines.
#include "frontend/source.hpp"

namespace yieldc::frontend {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if (c == '\n' || c == '\r') line_starts_.push_back(i + 1);
  }
  // A final terminator does not start another (empty) line.
  if (line_starts_.size() > 1 && line_starts_.back() == text_.size()) line_starts_.pop_back();
}

std::string_view SourceFile::line(uint32_t number) const {
  if (number == 0 || number > line_starts_.size()) return {};
  size_t begin = line_starts_[number - 1];
  size_t end = begin;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return std::string_view(text_).substr(begin, end - begin);
}

size_t utf8_length(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    size_t width = 1;
    if (byte >= 0xF0 && byte < 0xF8) {
      width = 4;
    } else if (byte >= 0xE0) {
      width = byte < 0xF0 ? 3 : 1;
    } else if (byte >= 0xC0) {
      width = 2;
    }
    // A truncated or malformed sequence counts one per byte.
    bool valid = i + width <= text.size();
    for (size_t k = 1; valid && k < width; ++k) {
      valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    }
    i += valid ? width : 1;
    ++count;
  }
  return count;
}

}  // namespace yieldc::frontend

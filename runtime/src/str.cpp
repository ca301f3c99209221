// str: UTF-8 storage with code-point semantics, its repr and iteration.
#include <fmt/format.h>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"

namespace py {

namespace {

// Decodes the code point starting at s[i] and advances i. The runtime only
// ever holds valid UTF-8 (the frontend and decoders check it).
uint32_t decode_utf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : (c >= 0xE0 ? 2 : 1);
  uint32_t cp = c & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  }
  return cp;
}

size_t utf8_sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  return 2;
}

// Python's str.isprintable for one code point, for repr. ASCII is exact;
// beyond it, the separators and controls CPython escapes are listed.
// TODO(issue 5): full Unicode category tables.
bool is_printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp < 0x7F) return true;
  if (cp <= 0xA0 || cp == 0xAD) return false;
  if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x2000 && cp <= 0x200F) || cp == 0xFEFF) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return true;
}

class StrIterator : public HeapObject {
 public:
  explicit StrIterator(Object s) : HeapObject(&iterator_type), str_(std::move(s)) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    const std::string& data = cast<Str>(str_)->data;
    if (pos_ >= data.size()) return false;
    size_t n = utf8_sequence_length(static_cast<unsigned char>(data[pos_]));
    out = new_str(data.substr(pos_, n));
    pos_ += n;
    return true;
  }

 private:
  Object str_;
  size_t pos_ = 0;
};

}  // namespace

Object new_str(std::string data) { return make<Str>(std::move(data)); }

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = decode_utf8(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (is_printable(cp)) {
      out.append(s.substr(start, i - start));
    } else if (cp <= 0xFF) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp <= 0xFFFF) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      out += fmt::format("\\U{:08x}", cp);
    }
  }
  out += quote;
  return out;
}

std::string Str::repr() const { return str_repr(data); }

int64_t Str::hash() const {
  // FNV-1a. CPython randomises str hashes per process, so no program can
  // depend on their values.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  auto r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

int Str::eq(const Object& other) const {
  if (!is_str(other)) return -1;
  return cast<Str>(other)->data == data;
}

Object Str::iter() { return make<StrIterator>(Object::borrow(this)); }

size_t Str::len() const {
  size_t n = 0;
  for (unsigned char c : data) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace py

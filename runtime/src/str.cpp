// str: UTF-8 storage with code-point semantics — construction (with shared
// immortal one-character strs for ASCII), repr, hash, iteration, len,
// indexing and slicing. The methods live in str_methods.cpp and
// str_case.cpp; encode/decode in codecs.cpp.
#include <fmt/format.h>

#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/slice.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py {

namespace {

// A str that is never freed: its count starts where no program reaches.
class ImmortalStr : public Str {
 public:
  explicit ImmortalStr(std::string s) : Str(std::move(s)) { refcount_ = 1u << 30; }
};

// '' and the 128 one-character ASCII strs, shared so that iterating or
// indexing an ASCII str allocates nothing (CPython keeps the same cache).
struct SharedStrs {
  SharedStrs() {
    empty = new ImmortalStr("");
    for (int c = 0; c < 128; ++c) ascii[c] = new ImmortalStr(std::string(1, static_cast<char>(c)));
  }
  Str* empty;
  Str* ascii[128];
};

const SharedStrs& shared_strs() {
  static const SharedStrs strs;
  return strs;
}

class StrIterator : public HeapObject {
 public:
  StrIterator(Type* type, Object s) : HeapObject(type), str_(std::move(s)) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    const std::string& data = cast<Str>(str_)->data;
    if (pos_ >= data.size()) return false;
    auto lead = static_cast<unsigned char>(data[pos_]);
    if (lead < 0x80) {
      out = Object::borrow(shared_strs().ascii[lead]);
      ++pos_;
      return true;
    }
    size_t n = unicode::utf8_sequence_length(lead);
    out = new_str(data.substr(pos_, n));
    pos_ += n;
    return true;
  }

 private:
  Object str_;
  size_t pos_ = 0;
};

}  // namespace

Object new_str(std::string data) {
  if (data.empty()) return Object::borrow(shared_strs().empty);
  if (data.size() == 1 && static_cast<unsigned char>(data[0]) < 0x80) {
    return Object::borrow(shared_strs().ascii[static_cast<unsigned char>(data[0])]);
  }
  return make<Str>(std::move(data));
}

Object str_char(char32_t cp) {
  if (cp < 0x80) return Object::borrow(shared_strs().ascii[cp]);
  std::string s;
  unicode::append_utf8(s, cp);
  return make<Str>(std::move(s));
}

std::u32string decode_code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) out += unicode::decode_utf8(utf8, i);
  return out;
}

std::string encode_code_points(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t cp : cps) unicode::append_utf8(out, cp);
  return out;
}

size_t str_byte_offset(const Str* self, size_t index) {
  if (self->is_ascii()) return index;
  const std::string& data = self->data;
  size_t pos = 0;
  for (size_t seen = 0; seen < index && pos < data.size(); ++seen) {
    pos += unicode::utf8_sequence_length(static_cast<unsigned char>(data[pos]));
  }
  return pos < data.size() ? pos : data.size();
}

size_t str_index_of_offset(const Str* self, size_t offset) {
  if (self->is_ascii()) return offset;
  return unicode::count_code_points(std::string_view(self->data).substr(0, offset));
}

Object str_substr(const Str* self, size_t start, size_t count) {
  if (start == 0 && count == self->len()) return Object::borrow(const_cast<Str*>(self));
  size_t begin = str_byte_offset(self, start);
  size_t end = begin;
  if (self->is_ascii()) {
    end = begin + count;
  } else {
    for (size_t k = 0; k < count && end < self->data.size(); ++k) {
      end += unicode::utf8_sequence_length(static_cast<unsigned char>(self->data[end]));
    }
  }
  return new_str(self->data.substr(begin, end - begin));
}

std::string str_repr(std::string_view s) {
  // CPython prefers single quotes, switching to double ones only when that
  // avoids escaping.
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = unicode::decode_utf8(s, i);
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (unicode::is_printable(cp)) {
      out.append(s.substr(start, i - start));
    } else if (cp <= 0xFF) {
      out += fmt::format("\\x{:02x}", static_cast<uint32_t>(cp));
    } else if (cp <= 0xFFFF) {
      out += fmt::format("\\u{:04x}", static_cast<uint32_t>(cp));
    } else {
      out += fmt::format("\\U{:08x}", static_cast<uint32_t>(cp));
    }
  }
  out += quote;
  return out;
}

std::string Str::repr() const { return str_repr(data); }

int64_t Str::hash() const {
  if (hash_ != -1) return hash_;
  // FNV-1a. CPython randomises str hashes per process, so no program can
  // depend on their values.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  auto r = static_cast<int64_t>(h >> 1);
  hash_ = r == -1 ? -2 : r;
  return hash_;
}

int Str::eq(const Object& other) const {
  if (!is_str(other)) return -1;
  return cast<Str>(other)->data == data;
}

Object Str::iter() { return make<StrIterator>(is_ascii() ? &str_ascii_iterator_type : &str_iterator_type, Object::borrow(this)); }

size_t Str::len() const {
  if (length_ == kNotCounted) length_ = unicode::count_code_points(data);
  return length_;
}

Object Str::getitem(const Object& index) {
  size_t n = len();
  if (is_slice(index)) {
    SliceIndices ix = slice_indices(index, n);
    if (ix.step == 1) return str_substr(this, static_cast<size_t>(ix.start), ix.length);
    if (ix.length == 0) return new_str("");
    std::string out;
    if (is_ascii()) {
      out.reserve(ix.length);
      for (size_t k = 0; k < ix.length; ++k) out += data[ix.at(k)];
      return new_str(std::move(out));
    }
    // Byte offsets of every code point, then the selected ones.
    std::vector<size_t> offsets;
    offsets.reserve(n + 1);
    for (size_t pos = 0; pos < data.size();
         pos += unicode::utf8_sequence_length(static_cast<unsigned char>(data[pos]))) {
      offsets.push_back(pos);
    }
    offsets.push_back(data.size());
    for (size_t k = 0; k < ix.length; ++k) {
      auto i = ix.at(k);
      out.append(data, offsets[i], offsets[i + 1] - offsets[i]);
    }
    return new_str(std::move(out));
  }
  if (!index.is_small_int() && !index.is_bool()) {
    if (is_int(index)) raise_error(&index_error_type, "cannot fit 'int' into an index-sized integer");
    raise_error(&type_error_type, "string indices must be integers, not '{}'", index.type()->name());
  }
  int64_t i = index.as_small_int();
  if (i < 0) i += static_cast<int64_t>(n);
  if (i < 0 || i >= static_cast<int64_t>(n)) raise_error(&index_error_type, "string index out of range");
  if (is_ascii())
    return Object::borrow(shared_strs().ascii[static_cast<unsigned char>(data[static_cast<size_t>(i)])]);
  size_t pos = str_byte_offset(this, static_cast<size_t>(i));
  return new_str(data.substr(pos, unicode::utf8_sequence_length(static_cast<unsigned char>(data[pos]))));
}

bool Str::contains(const Object& item) {
  if (!is_str(item)) {
    raise_error(&type_error_type, "'in <string>' requires string as left operand, not {}",
                item.type()->name());
  }
  return data.find(cast<Str>(item)->data) != std::string::npos;
}

}  // namespace py

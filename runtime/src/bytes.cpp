// bytes and bytearray as objects: construction, repr, hash, equality and
// ordering, iteration, indexing and slicing (bytearray also item and slice
// assignment and deletion), `in`, `+` and `*`. Methods are in
// bytes_methods.cpp, decode() in codecs.cpp.
#include <fmt/format.h>

#include <cstring>
#include <vector>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/slice.hpp"
#include "bytes_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

namespace {

// Index-based, so that a bytearray growing during iteration is seen as
// CPython's iterator sees it.
class BytesIterator : public HeapObject {
 public:
  BytesIterator(Type* type, Object bytes) : HeapObject(type), bytes_(std::move(bytes)) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (!bytes_.is_bound()) return false;
    const std::string& data = cast<Bytes>(bytes_)->data;
    if (index_ >= data.size()) {
      bytes_ = Object();
      return false;
    }
    out = Int(static_cast<unsigned char>(data[index_++]));
    return true;
  }

 private:
  Object bytes_;
  size_t index_ = 0;
};

const char* type_name(const Bytes* b) { return b->is_mutable() ? "bytearray" : "byte"; }

size_t checked_index(const Bytes* b, const Object& index) {
  if (!index.is_small_int() && !index.is_bool()) {
    if (is_int(index)) raise_error(&index_error_type, "cannot fit 'int' into an index-sized integer");
    raise_error(&type_error_type, "{} indices must be integers or slices, not {}", type_name(b),
                index.type()->name());
  }
  int64_t i = index.as_small_int();
  auto n = static_cast<int64_t>(b->data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n)
    raise_error(&index_error_type, b->is_mutable() ? "bytearray index out of range" : "index out of range");
  return static_cast<size_t>(i);
}

// The bytes a slice assignment stores: CPython accepts bytes-like objects
// and iterables of ints in range(0, 256).
std::string assigned_bytes(const Object& value) {
  if (is_bytes_like(value)) return cast<Bytes>(value)->data;
  if (!value.is_heap() || is_str(value) || is_int(value)) {
    if (value.is_none()) raise_error(&type_error_type, "cannot convert 'NoneType' object to bytearray");
    raise_error(&type_error_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  Object it;
  try {
    it = iter(value);
  } catch (const Raised& e) {
    if (!isinstance(e.exception, &type_error_type)) throw;
    raise_error(&type_error_type, "cannot convert '{}' object to bytearray", value.type()->name());
  }
  std::string out;
  Object x;
  while (next(it, x)) out += static_cast<char>(byte_value(x));
  return out;
}

}  // namespace

unsigned char byte_value(const Object& o) {
  if (!is_int_like(o)) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
  }
  if (!o.is_small_int() && !o.is_bool()) raise_error(&value_error_type, "byte must be in range(0, 256)");
  int64_t v = o.as_small_int();
  if (v < 0 || v > 255) raise_error(&value_error_type, "byte must be in range(0, 256)");
  return static_cast<unsigned char>(v);
}

Object new_bytes(std::string data) { return make<Bytes>(&bytes_type, std::move(data)); }
Object new_bytearray(std::string data) { return make<Bytes>(&bytearray_type, std::move(data)); }

Object new_bytes_like(const Object& like, std::string data) {
  return is_bytearray(like) ? new_bytearray(std::move(data)) : new_bytes(std::move(data));
}

const std::string& bytes_argument(const Object& o) {
  if (!is_bytes_like(o)) {
    raise_error(&type_error_type, "a bytes-like object is required, not '{}'", o.type()->name());
  }
  return cast<Bytes>(o)->data;
}

std::string bytes_repr(std::string_view data) {
  // As for str, single quotes unless only double quotes avoid escapes.
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out.reserve(data.size() + 3);
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

std::string Bytes::repr() const {
  if (is_mutable()) return "bytearray(" + bytes_repr(data) + ")";
  return bytes_repr(data);
}

int64_t Bytes::hash() const {
  if (is_mutable()) raise_error(&type_error_type, "unhashable type: 'bytearray'");
  // FNV-1a, like str: CPython's bytes hashes are randomised per process.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  auto r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

int Bytes::eq(const Object& other) const {
  if (!is_bytes_like(other)) return -1;
  return cast<Bytes>(other)->data == data;
}

Object Bytes::iter() { return make<BytesIterator>(is_mutable() ? &bytearray_iterator_type : &bytes_iterator_type, Object::borrow(this)); }

Object Bytes::getitem(const Object& index) {
  if (!is_slice(index)) return Int(static_cast<unsigned char>(data[checked_index(this, index)]));
  SliceIndices ix = slice_indices(index, data.size());
  if (ix.step == 1)
    return new_bytes_like(Object::borrow(this), data.substr(static_cast<size_t>(ix.start), ix.length));
  std::string out;
  out.reserve(ix.length);
  for (size_t k = 0; k < ix.length; ++k) out += data[ix.at(k)];
  return new_bytes_like(Object::borrow(this), std::move(out));
}

void Bytes::setitem(const Object& index, Object value) {
  if (!is_mutable()) return HeapObject::setitem(index, std::move(value));
  if (!is_slice(index)) {
    // CPython rejects a non-int index first, then converts the value, then
    // checks the index's range.
    if (!index.is_small_int() && !index.is_bool()) checked_index(this, index);
    unsigned char byte = byte_value(value);
    data[checked_index(this, index)] = static_cast<char>(byte);
    return;
  }
  SliceIndices ix = slice_indices(index, data.size());
  std::string replacement = assigned_bytes(value);
  // Iterating the value may have run code that resized the bytearray.
  ix = slice_indices(index, data.size());
  if (ix.step == 1) {
    auto first = static_cast<size_t>(ix.start);
    size_t count = ix.stop > ix.start ? static_cast<size_t>(ix.stop - ix.start) : 0;
    data.replace(first, count, replacement);
    return;
  }
  if (replacement.size() != ix.length) {
    raise_error(&value_error_type, "attempt to assign bytes of size {} to extended slice of size {}",
                replacement.size(), ix.length);
  }
  for (size_t k = 0; k < ix.length; ++k) data[ix.at(k)] = replacement[k];
}

void Bytes::delitem(const Object& index) {
  if (!is_mutable()) return HeapObject::delitem(index);
  if (!is_slice(index)) {
    data.erase(checked_index(this, index), 1);
    return;
  }
  SliceIndices ix = slice_indices(index, data.size());
  std::vector<bool> doomed(data.size(), false);
  for (size_t k = 0; k < ix.length; ++k) doomed[ix.at(k)] = true;
  std::string kept;
  kept.reserve(data.size() - ix.length);
  for (size_t i = 0; i < data.size(); ++i) {
    if (!doomed[i]) kept += data[i];
  }
  data = std::move(kept);
}

bool Bytes::contains(const Object& item) {
  if (is_int_like(item)) return data.find(static_cast<char>(byte_value(item))) != std::string::npos;
  return data.find(bytes_argument(item)) != std::string::npos;
}

Object bytes_concat(const Object& a, const Object& b) {
  if (!is_bytes_like(b)) {
    raise_error(&type_error_type, "can't concat {} to {}", b.type()->name(), a.type()->name());
  }
  return new_bytes_like(a, cast<Bytes>(a)->data + cast<Bytes>(b)->data);
}

Object bytes_repeat(const Object& seq, int64_t count) {
  const std::string& data = cast<Bytes>(seq)->data;
  if (count <= 0 || data.empty()) return new_bytes_like(seq, "");
  if (static_cast<uint64_t>(count) > static_cast<uint64_t>(INT64_MAX) / data.size()) {
    raise_error(&overflow_error_type, "repeated bytes are too long");
  }
  if (static_cast<uint64_t>(count) * data.size() > SIZE_MAX / 8) raise_memory_error();
  std::string out;
  out.reserve(data.size() * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out += data;
  return new_bytes_like(seq, std::move(out));
}

int bytes_compare(const Object& a, const Object& b) {
  // std::string compares as unsigned bytes (char_traits<char>::compare is memcmp).
  return cast<Bytes>(a)->data.compare(cast<Bytes>(b)->data);
}

}  // namespace py

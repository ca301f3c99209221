// bytes and bytearray: byte strings with CPython's repr, comparison,
// indexing/slicing (items are ints) and methods, plus the text codecs
// (utf-8, ascii, latin-1) behind str.encode() and bytes.decode().
#pragma once

#include <string>
#include <string_view>

#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

extern Type bytes_type;
extern Type bytearray_type;
// The codecs' exceptions and MemoryError, defined in types.cpp with the
// rest of the hierarchy.
extern Type unicode_error_type;         // UnicodeError(ValueError)
extern Type unicode_encode_error_type;  // UnicodeEncodeError(UnicodeError)
extern Type unicode_decode_error_type;  // UnicodeDecodeError(UnicodeError)
extern Type memory_error_type;

// One class for both types: a bytearray is a Bytes whose type is
// bytearray_type, and only it may change.
class Bytes : public HeapObject {
 public:
  Bytes(Type* type, std::string data) : HeapObject(type), data(std::move(data)) {}

  std::string repr() const override;
  bool truthy() const override { return !data.empty(); }
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override { return data.size(); }
  Object getitem(const Object& index) override;
  void setitem(const Object& index, Object value) override;
  void delitem(const Object& index) override;
  bool contains(const Object& item) override;

  bool is_mutable() const { return type() == &bytearray_type; }

  std::string data;
};

Object new_bytes(std::string data);
Object new_bytearray(std::string data);
// A bytes constant of emitted code.
inline Object bytes_literal(const char* data, size_t size) { return new_bytes(std::string(data, size)); }
inline bool is_bytes(const Object& o) { return o.is_heap() && o.heap()->type() == &bytes_type; }
inline bool is_bytearray(const Object& o) { return o.is_heap() && o.heap()->type() == &bytearray_type; }
inline bool is_bytes_like(const Object& o) { return is_bytes(o) || is_bytearray(o); }

// Operators for ops.cpp: `a + b` with `a` bytes-like (the result has a's
// type), `seq * count`, and the sign of a lexicographic comparison.
Object bytes_concat(const Object& a, const Object& b);
Object bytes_repeat(const Object& seq, int64_t count);
int bytes_compare(const Object& a, const Object& b);

// str.encode(encoding, errors) and bytes.decode(encoding, errors) for the
// utf-8, ascii and latin-1 codecs (under any of CPython's names for them);
// errors: strict, ignore, replace, backslashreplace (and xmlcharrefreplace
// for encoding). Raise CPython's UnicodeEncodeError/UnicodeDecodeError and
// LookupError.
Object encode_str(const Object& str, std::string_view encoding, std::string_view errors);
Object decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);

}  // namespace py

// The built-in types that call_type() (construct.cpp) hands over here: the
// containers whose constructors live beside them (dict, set, frozenset),
// bytes and bytearray (with CPython's argument rules), slice, and
// the iterator types that are also builtins (enumerate, zip, map, filter,
// reversed).
#include <string>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/set.hpp"
#include "yieldc/slice.hpp"
#include "builtin_functions_internal.hpp"
#include "bytes_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// bytes(x) items: any int converts (clamped), then must be a byte.
unsigned char bytes_item(const Object& o) {
  if (!is_int_like(o)) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
  }
  if ((!o.is_small_int() && !o.is_bool()) || o.as_small_int() < 0 || o.as_small_int() > 255) {
    raise_error(&value_error_type, "bytes must be in range(0, 256)");
  }
  return static_cast<unsigned char>(o.as_small_int());
}

// The parts of bytes() and bytearray() that differ.
struct BytesFlavour {
  const char* name;
  bool is_bytearray;
};

// The optional str arguments of bytes()/bytearray(): `bytes() argument
// 'encoding' must be str, not int`.
const std::string* text_argument(const Object& o, const BytesFlavour& flavour, const char* what) {
  if (!o.is_bound()) return nullptr;
  if (!is_str(o)) {
    raise_error(&type_error_type, "{}() argument '{}' must be str, not {}", flavour.name, what,
                o.is_none() ? "None" : o.type()->name());
  }
  return &cast<Str>(o)->data;
}

// bytes(source, encoding, errors) and bytearray(...): bytes_new_impl and
// bytearray___init___impl, whose checks come in slightly different orders.
std::string bytes_source(const Args& args, const BytesFlavour& flavour) {
  Object a[3];
  bind_clinic(args, flavour.name, {"source", "encoding", "errors"}, 0, a);
  const Object& source = a[0];
  const std::string* encoding = text_argument(a[1], flavour, "encoding");
  const std::string* errors = text_argument(a[2], flavour, "errors");
  const char* without_string = encoding ? "encoding without a string argument" : "errors without a string argument";
  if (!source.is_bound()) {
    if (encoding || errors) raise_error(&type_error_type, "{}", without_string);
    return std::string();
  }
  if (is_str(source)) {
    if (!encoding) raise_error(&type_error_type, "string argument without an encoding");
    return cast<Bytes>(encode_str(source, *encoding, errors ? *errors : "strict"))->data;
  }
  if (encoding || errors) raise_error(&type_error_type, "{}", without_string);
  if (is_int_like(source)) {
    if (!source.is_small_int() && !source.is_bool()) {
      raise_error(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
    }
    int64_t count = source.as_small_int();
    if (count < 0) raise_error(&value_error_type, "negative count");
    return std::string(static_cast<size_t>(count), '\0');
  }
  if (is_bytes_like(source)) return cast<Bytes>(source)->data;
  Object it;
  try {
    it = iter(source);
  } catch (const Raised& raised) {
    if (!isinstance(raised.exception, &type_error_type)) throw;
    raise_error(&type_error_type, "cannot convert '{}' object to {}", source.type()->name(), flavour.name);
  }
  std::string data;
  Object item;
  while (next(it, item)) data += static_cast<char>(flavour.is_bytearray ? byte_value(item) : bytes_item(item));
  return data;
}

Object construct_bytes(const Args& args) { return new_bytes(bytes_source(args, {"bytes", false})); }
Object construct_bytearray(const Args& args) { return new_bytearray(bytes_source(args, {"bytearray", true})); }

Object construct_slice(const Args& args) {
  check_positional(args, "slice", 1, 3);
  if (args.npos == 1) return make_slice(Object(), args[0]);
  return make_slice(args[0], args[1], args.npos == 3 ? args[2] : Object());
}

}  // namespace

Object construct_builtin_type(Type* type, const Args& args) {
  if (type == &dict_type) return dict_new(args);
  if (type == &set_type) return set_new(args);
  if (type == &frozenset_type) return frozenset_new(args);
  if (type == &bytes_type) return construct_bytes(args);
  if (type == &bytearray_type) return construct_bytearray(args);
  if (type == &slice_type) return construct_slice(args);
  if (type == &enumerate_type) return bi::enumerate.fn(args);
  if (type == &zip_type) return bi::zip.fn(args);
  if (type == &map_type) return bi::map.fn(args);
  if (type == &filter_type) return bi::filter.fn(args);
  if (type == &reversed_type) return bi::reversed.fn(args);
  return Object();
}

}  // namespace py

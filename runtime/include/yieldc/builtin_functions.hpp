// Python's built-in functions as a table: one BuiltinFunctionDef per
// builtin, which emitted code calls directly (`py::bi::sum.fn(args)`) and
// turns into a Python value with builtin_object() when the builtin is passed
// around. Also the lazy iterators they return (enumerate, zip, map, filter,
// reversed, callable_iterator) and the types only call_type() builds.
#pragma once

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// Defined in types.cpp.
extern Type builtin_function_type;  // builtin_function_or_method
extern Type enumerate_type;
extern Type zip_type;
extern Type map_type;
extern Type filter_type;
extern Type reversed_type;
extern Type list_reverseiterator_type;
extern Type callable_iterator_type;
extern Type dict_reversekeyiterator_type;
extern Type dict_reversevalueiterator_type;
extern Type dict_reverseitemiterator_type;

// A built-in function: its Python name and its implementation, which gets
// the call's arguments as they were written (positional and keyword).
struct BuiltinFunctionDef {
  const char* name;
  Object (*fn)(const Args& args);
};

// A built-in function used as a value (`f = len`, `map(abs, xs)`).
class BuiltinFunction : public HeapObject {
 public:
  explicit BuiltinFunction(const BuiltinFunctionDef* def);

  // `<built-in function len>`
  std::string repr() const override;
  // __name__, __qualname__, __module__
  bool get_attribute(const char* name, Object& out) override;

  const BuiltinFunctionDef* def;
};

// The builtin as a Python value: one immortal object per def, made on first
// use. The builtins that are types in Python (enumerate, zip, map, filter,
// reversed, range) give their type object, so `type(zip(...)) is zip`.
Object builtin_object(const BuiltinFunctionDef& def);

// The built-in types that call_type() builds besides int, float, str, list,
// tuple, range and the exceptions: dict, set, frozenset, bytes, bytearray,
// slice and the iterator types above. Returns an unbound Object for
// any other type.
Object construct_builtin_type(Type* type, const Args& args);

// `callable(o)`: functions, methods, built-in functions, types, and
// instances whose class defines __call__.
bool is_callable(const Object& o);

// The builtins, by their Python names.
namespace bi {
extern const BuiltinFunctionDef abs, aiter, all, anext, any, ascii, bin, callable, chr, delattr, divmod, enumerate, filter, format, getattr,
    hasattr, setattr, hash, hex, id, input, isinstance, issubclass, iter, len, map, max, min, next, oct, open, ord, pow,
    print, range, repr, reversed, round, sorted, sum, zip;
}  // namespace bi

}  // namespace py

// f-strings in emitted code: `f"a{x!r:>{w}}b"` becomes
//   py::fstring_join({"a", py::fstring_field(x, 'r', <spec str>), "b"}).
#pragma once

#include <initializer_list>
#include <string>

#include "yieldc/object.hpp"

namespace py {

// One replacement field; `spec` is a str, or unbound for none.
std::string fstring_field(const Object& value, char conversion, const Object& spec);
// The literal parts and formatted fields, in order, as one str.
Object fstring_join(std::initializer_list<std::string> parts);

}  // namespace py

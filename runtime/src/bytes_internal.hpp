// Helpers shared by bytes.cpp, bytes_methods.cpp and codecs.cpp.
#pragma once

#include <string>

#include "yieldc/bytes.hpp"

namespace py {

// An int argument that must be a byte: `'str' object cannot be interpreted
// as an integer`, ValueError `byte must be in range(0, 256)`.
unsigned char byte_value(const Object& o);
// A new bytes or bytearray, whichever `like` is.
Object new_bytes_like(const Object& like, std::string data);
// The data of a bytes-like argument, else TypeError `a bytes-like object is
// required, not 'str'`.
const std::string& bytes_argument(const Object& o);
// Python's repr of a bytes value (without bytearray's wrapper).
std::string bytes_repr(std::string_view data);

// The bytes methods outside bytes_methods.cpp, listed in its tables.
Object bytes_decode(const Object& self, const Args& args);

}  // namespace py

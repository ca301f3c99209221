// The one way Python names become C++ identifiers. Python names are kept
// where legal; everything yieldc invents starts with `yc_`, and a Python
// name that could collide with that (or is a C++ keyword, a reserved
// identifier, a macro of the headers emitted code includes, or a name
// without a lower-case letter, where C puts its macros) is escaped
// into the `yc_` space too, so no two names ever meet.
#pragma once

#include <string>
#include <string_view>

namespace yieldc::codegen {

std::string mangle(std::string_view python_name);

}  // namespace yieldc::codegen

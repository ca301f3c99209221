// The one table of runtime names codegen prints: which builtins can be
// called directly and what C++ function implements each. Keeping them here
// means a runtime rename is one edit, and the emitter never guesses.
#pragma once

#include <string_view>

namespace yieldc::codegen {

struct BuiltinFunction {
  std::string_view python_name;
  std::string_view cpp_name;
  int min_args;
  int max_args;
};

// Builtins that emitted code calls directly (positional arguments only).
inline constexpr BuiltinFunction kBuiltinFunctions[] = {
    {"iter", "py::iter_builtin", 1, 1},
    {"len", "py::len", 1, 1},
    {"list", "py::list", 0, 1},
    {"next", "py::next_builtin", 1, 2},
    {"range", "py::range", 1, 3},
    {"repr", "py::repr_builtin", 1, 1},
    {"str", "py::str_builtin", 0, 1},
};

inline const BuiltinFunction* find_builtin(std::string_view name) {
  for (const BuiltinFunction& b : kBuiltinFunctions) {
    if (b.python_name == name) return &b;
  }
  return nullptr;
}

}  // namespace yieldc::codegen

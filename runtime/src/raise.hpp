// raise_error with an fmt format string, for the runtime's own sources.
// Kept out of the public headers: fmt/format.h is most of the time a C++
// compiler spends on an emitted program's includes.
#pragma once

#include <fmt/format.h>

#include "yieldc/exceptions.hpp"

namespace py {

template <class... Args>
[[noreturn]] void raise_error(Type* type, fmt::format_string<Args...> format, Args&&... args) {
  raise_error(type, fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace py

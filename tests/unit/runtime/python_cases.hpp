// Replays cases written by the gen_*_cases.py scripts (python_cases.py):
// each is a Python snippet, a lambda computing it through the runtime, and
// what CPython printed for it (a repr, or the exception line it raised).
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "yieldc/runtime.hpp"

namespace yieldc_test {

struct PythonCase {
  const char* python;
  py::Object (*run)();
  const char* expected;
};

// A checksum of a long output (a method applied to every code point, ...)
// whose expected value CPython computed.
struct Checksum {
  const char* what;
  uint64_t expected;
};

inline std::string outcome(const PythonCase& c) {
  try {
    return py::repr(c.run());
  } catch (const py::Raised& r) {
    return py::format_exception_only(r.exception);
  }
}

template <size_t N>
void check_cases(const PythonCase (&cases)[N]) {
  for (const PythonCase& c : cases) EXPECT_EQ(outcome(c), c.expected) << "case: " << c.python;
}

// FNV-1a, 64 bits (python_cases.fnv1a64 computes the same).
inline uint64_t fnv1a64(std::string_view data) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001B3ull;
  }
  return h;
}

}  // namespace yieldc_test

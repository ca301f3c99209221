// bytes and bytearray against CPython: repr, operators, `in`, indexing and
// slicing, bytearray mutation, methods and decode(), replayed from
// bytes_cases.inc (written by gen_bytes_cases.py), and the UTF-8 decoder's
// error handling checked on every two-byte sequence and many longer ones.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "python_cases.hpp"
#include "yieldc/runtime.hpp"

namespace yieldc_test {
namespace {

#include "bytes_cases.inc"

TEST(Bytes, MatchesCPython) { check_cases(kBytesCases); }

// The byte strings of gen_bytes_cases.py (see malformed_pairs/_quads).
std::string malformed_pairs() {
  std::string out;
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      out += static_cast<char>(a);
      out += static_cast<char>(b);
      out += 'x';
    }
  }
  return out;
}

std::string malformed_quads() {
  const std::initializer_list<int> interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                                  0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  std::string out;
  for (int lead = 0x80; lead < 0x100; ++lead) {
    for (int b : interesting) {
      for (int c : interesting) {
        for (int d : interesting) {
          for (int byte : {lead, b, c, d}) out += static_cast<char>(byte);
          out += 'x';
        }
      }
    }
  }
  return out;
}

std::string decode(const std::string& data, const char* encoding, const char* errors) {
  return py::str(py::decode_bytes(data, encoding, errors));
}

std::string compute(std::string_view what) {
  if (what == "pairs_replace") return decode(malformed_pairs(), "utf-8", "replace");
  if (what == "pairs_backslashreplace") return decode(malformed_pairs(), "utf-8", "backslashreplace");
  if (what == "quads_replace") return decode(malformed_quads(), "utf-8", "replace");
  if (what == "quads_backslashreplace") return decode(malformed_quads(), "utf-8", "backslashreplace");
  if (what == "pairs_ascii_replace") return decode(malformed_pairs(), "ascii", "replace");
  if (what == "pairs_latin1") return decode(malformed_pairs(), "latin-1", "strict");
  ADD_FAILURE() << "unknown check " << what;
  return "";
}

TEST(Bytes, DecodingMalformedUtf8MatchesCPython) {
  for (const Checksum& check : kDecodeChecks) {
    EXPECT_EQ(fnv1a64(compute(check.what)), check.expected) << "checksum of " << check.what;
  }
}

TEST(Bytes, BytearrayIteratorSeesAppends) {
  // Like CPython's iterator, which reads by index.
  py::Object ba = py::new_bytearray("a");
  py::Object it = py::iter(ba), x;
  ASSERT_TRUE(py::next(it, x));
  py::call_method(ba, "append", py::Args{{py::Int(98)}});
  ASSERT_TRUE(py::next(it, x));
  EXPECT_EQ(py::repr(x), "98");
  EXPECT_FALSE(py::next(it, x));
}

}  // namespace
}  // namespace yieldc_test
